package cn.kczg.jobs.ingest;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * How parse tasks reach the {@link CurrentIndex}: on a cluster by a Spark broadcast; when Spark
 * runs in this JVM ({@code local[*]}) the tasks run here too and read the driver's index directly,
 * because a broadcast would serialize all of it once more for nobody.
 */
final class IndexHandle implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, CurrentIndex> LOCAL = new ConcurrentHashMap<>();

  private final String id;
  private final Broadcast<CurrentIndex> broadcast;

  private IndexHandle(String id, Broadcast<CurrentIndex> broadcast) {
    this.id = id;
    this.broadcast = broadcast;
  }

  /** Shares {@code index} with the tasks of the next job; {@link #release} it after. */
  static IndexHandle share(JavaSparkContext jsc, CurrentIndex index) {
    String id = UUID.randomUUID().toString();
    if (jsc.isLocal()) {
      LOCAL.put(id, index);
      return new IndexHandle(id, null);
    }
    return new IndexHandle(id, jsc.broadcast(index));
  }

  /** The index, in a task. */
  CurrentIndex get() {
    if (broadcast != null) {
      return broadcast.value();
    }
    CurrentIndex index = LOCAL.get(id);
    if (index == null) {
      throw new IllegalStateException("the ingest's index is not shared in this JVM");
    }
    return index;
  }

  /** Stops sharing. */
  void release() {
    LOCAL.remove(id);
    if (broadcast != null) {
      broadcast.destroy();
    }
  }
}
