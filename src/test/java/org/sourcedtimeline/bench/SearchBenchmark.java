package org.sourcedtimeline.bench;

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
import org.sourcedtimeline.io.generate.SyntheticModel;
import org.sourcedtimeline.model.SearchIndex;

/**
 * Search latency over events (titles, summaries) and 5 quotes per event, for a mix of queries a
 * user types: a word prefix, two words, an accented phrase typed without accents, a rare word.
 * Sampled, so that the report can give the median and the 95th percentile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx16g", "-XX:+UseParallelGC"})
public class SearchBenchmark {
    static final String[] QUERIES = {"negoc", "securite dialogue", "armes nucleaires", "geneve", "cessez-le-feu"};

    @Param({"1000", "10000", "100000", "1000000"})
    public int events;

    private SearchIndex index;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        index = new SearchIndex(SyntheticModel.generate(events, events * BenchModels.QUOTES_PER_EVENT, BenchModels.SEED).model());
    }

    @Benchmark
    public SearchIndex.Hits search() {
        String q = QUERIES[next];
        next = (next + 1) % QUERIES.length;
        return index.search(q);
    }
}
