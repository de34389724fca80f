package org.sourcedtimeline.bench;

import java.util.List;
import java.util.Map;
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
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.generate.SyntheticModel;
import org.sourcedtimeline.model.SearchIndex;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.ui.state.MainViewModel;

/**
 * Search over events (titles, summaries) and 5 quotes per event, for a mix of what a user types:
 * the first letter of a word (the widest prefix, and the first thing every search goes through), a
 * word prefix, a whole word typed with its accent and a capital, two words, an accented phrase
 * typed without accents, a place, a hyphenated phrase, and a word that occurs nowhere.
 *
 * <p>{@code search} is the index alone; {@code keystroke} is what the window's view model does when
 * the search field changes (the search, the timeline highlight, the Quotes panel's list and counts),
 * without drawing. Sampled, so that the report can give the median and the 95th percentile.
 * {@code buildIndex} is the index's share of opening a model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx16g", "-XX:+UseParallelGC"})
public class SearchBenchmark {
    static final String[] QUERIES = {"n", "negoc", "Négociations", "securite dialogue", "armes nucleaires", "geneve",
            "cessez-le-feu", "xylophone"};

    @Param({"1000", "10000", "100000", "1000000"})
    public int events;

    private TimelineModel model;
    private SearchIndex index;
    private MainViewModel vm;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        model = SyntheticModel.generate(events, events * BenchModels.QUOTES_PER_EVENT, BenchModels.SEED).model();
        index = new SearchIndex(model);
        vm = new MainViewModel();
        vm.setModel(new LoadedModel(model, Map.of(), "synthetic"), null, List.of());
    }

    private String nextQuery() {
        String q = QUERIES[next];
        next = (next + 1) % QUERIES.length;
        return q;
    }

    @Benchmark
    public SearchIndex.Hits search() {
        return index.search(nextQuery());
    }

    @Benchmark
    public int keystroke() {
        vm.searchTextProperty().set(nextQuery());
        return vm.visibleQuotes().size();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public SearchIndex buildIndex() {
        return new SearchIndex(model);
    }
}
