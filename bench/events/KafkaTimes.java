import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * When each event reached Kafka, for bench/events/run.sh: reads a topic from the beginning until no record has
 * arrived for 3 s and prints one line per record, {@code <ce_id header>|<record timestamp, epoch ms>}, nothing
 * else on stdout (the broker of EmbeddedKafka.java stamps records with LogAppendTime). Records without a
 * {@code ce_id} are skipped; how many records were read, and how many were not stamped by the broker, go to stderr.
 *
 *   java -cp CLASSPATH KafkaTimes.java BOOTSTRAP_SERVERS TOPIC
 */
public class KafkaTimes {

    private static final Duration QUIET = Duration.ofSeconds(3);

    public static void main(String[] args) {
        // The lines alone on stdout: whatever a logger might print goes to stderr.
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        long records = 0;
        long notAppendTime = 0;
        try (var consumer = new KafkaConsumer<byte[], byte[]>(settings)) {
            var partitions = consumer.partitionsFor(args[1], Duration.ofSeconds(30)).stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long lastArrival = System.nanoTime();
            while (System.nanoTime() - lastArrival < QUIET.toNanos()) {
                var polled = consumer.poll(Duration.ofMillis(500));
                if (polled.isEmpty()) {
                    continue;
                }
                lastArrival = System.nanoTime();
                for (var record : polled) {
                    records++;
                    if (record.timestampType() != TimestampType.LOG_APPEND_TIME) {
                        notAppendTime++;
                    }
                    var id = record.headers().lastHeader("ce_id");
                    if (id != null) {
                        out.println(new String(id.value(), StandardCharsets.UTF_8) + "|" + record.timestamp());
                    }
                }
            }
        }
        out.flush();
        System.err.println("KafkaTimes: " + records + " records of " + args[1] + ", " + notAppendTime
                + " not stamped by the broker (LogAppendTime)");
    }
}
