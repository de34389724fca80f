package org.sourcedtimeline.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sourcedtimeline.io.LoadMonitor;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.cache.ModelCache;
import org.sourcedtimeline.model.TimelineModel;

/** Load = read + parse + validate every quote against its article + build the look-up indexes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx16g", "-XX:+UseParallelGC"})
public class LoadBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    public int events;

    private Path model;
    private ModelCache cache;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        model = BenchModels.model(events);
        // The cache is written by a full load here, in the set-up, and taken by every loadCached below.
        cache = new ModelCache(model.getParent().resolve("cache"), 0, Runnable::run);
        cache.load(model, LoadMonitor.NONE);
        ModelCache.Outcome o = cache.load(model, LoadMonitor.NONE);
        if (o.use() != ModelCache.Use.HIT) throw new IllegalStateException("the cache is not taken: " + o.note());
    }

    @Benchmark
    public TimelineModel load() {
        ModelLoader.Result r = ModelLoader.load(model);
        if (!r.ok()) throw new IllegalStateException(r.problems().toString());
        TimelineModel m = r.loaded().model();
        m.event(m.events().get(0).id()); // builds the indexes, which are part of loading
        return m;
    }

    /** The same model from the cache of checked models: signature, layout, the model file's and articles' sha256 checked. */
    @Benchmark
    public TimelineModel loadCached() {
        ModelCache.Outcome o = cache.load(model, LoadMonitor.NONE);
        if (o.use() != ModelCache.Use.HIT) throw new IllegalStateException("the cache is not taken: " + o.note());
        TimelineModel m = o.result().loaded().model();
        m.event(m.events().get(0).id());
        return m;
    }
}
