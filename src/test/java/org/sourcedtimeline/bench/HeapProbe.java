package org.sourcedtimeline.bench;

import java.nio.file.Path;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.ModelLoader;

/** Run in a fresh JVM: prints the heap a loaded model retains (after full collections), in bytes. */
public final class HeapProbe {
    private HeapProbe() {}

    public static void main(String[] args) throws Exception {
        Path model = BenchModels.model(Integer.parseInt(args[0]));
        long before = settledHeap();
        LoadedModel loaded = ModelLoader.load(model).loaded();
        loaded.model().quotesOf(loaded.model().events().get(0).id());
        long after = settledHeap();
        System.out.println("retained " + (after - before));
        if (loaded.model().events().isEmpty()) System.out.println("(empty)"); // keeps the model reachable until here
    }

    static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
