import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A one-node Kafka (KRaft) for bench/events/run.sh, from spring-kafka-test: port and topics as arguments; runs
 * until killed. Launched as a single-file program on the app's test class path.
 */
public class EmbeddedKafka {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String[] topics = java.util.Arrays.copyOfRange(args, 1, args.length);
        var broker = new EmbeddedKafkaKraftBroker(1, 2, topics).kafkaPorts(port);
        broker.afterPropertiesSet();
        System.out.println("KAFKA READY " + broker.getBrokersAsString());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        Thread.currentThread().join();
    }
}
