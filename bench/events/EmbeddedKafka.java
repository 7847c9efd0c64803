import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A one-node Kafka (KRaft) for bench/events/run.sh, from spring-kafka-test: topics as arguments, prints its
 * bootstrap servers (a free port: the KRaft broker ignores fixed ports) and runs until killed. Records carry the
 * time the broker appended them (LogAppendTime), not the producer's, so that KafkaTimes.java reads when each
 * event reached Kafka.
 */
public class EmbeddedKafka {

    public static void main(String[] args) throws Exception {
        var broker = new EmbeddedKafkaKraftBroker(1, 2, args);
        broker.brokerProperty("log.message.timestamp.type", "LogAppendTime");
        broker.afterPropertiesSet();
        System.out.println("KAFKA READY " + broker.getBrokersAsString());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        Thread.currentThread().join();
    }
}
