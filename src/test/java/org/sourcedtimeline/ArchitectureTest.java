package org.sourcedtimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * The layers of docs/architecture.md: data flows one way, and each layer knows only what it must. And what
 * SECURITY.md promises: a model is data, never code or markup; no network; no processes; every file
 * written atomically.
 */
@AnalyzeClasses(packages = "org.sourcedtimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = classes().that().resideInAPackage("org.sourcedtimeline.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.sourcedtimeline.model..", "java..")
            .because("the model is records and pure logic: no JavaFX, no Gson, nothing of io or ui, so it can be "
                    + "tested and reused (exporters, a server, benchmarks) without a toolkit");

    @ArchTest
    static final ArchRule onlyIoUsesGson = noClasses().that().resideOutsideOfPackage("org.sourcedtimeline.io..")
            .should().dependOnClassesThat().resideInAPackage("com.google.gson..")
            .because("JSON mapping lives in one place; the rest of the app sees immutable records");

    @ArchTest
    static final ArchRule onlyTheCacheUsesJackson = noClasses().that().resideOutsideOfPackage("org.sourcedtimeline.io.cache..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("CBOR is the cache's own format (docs/model-cache.md); models and exports are read and written elsewhere");

    @ArchTest
    static final ArchRule onlyTheImportReadsWithIcu = noClasses().that().resideOutsideOfPackage("org.sourcedtimeline.io.imports..")
            .should().dependOnClassesThat().resideInAPackage("com.ibm.icu..")
            .because("ICU's sentence breaks and folding serve the article analyser (docs/import.md); the rest of the app reads text as the model anchors it");

    @ArchTest
    static final ArchRule onlyTheImageExportDrawsDocuments = noClasses().that().resideOutsideOfPackage("org.sourcedtimeline.ui.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.batik..", "com.lowagie..")
            .because("SVG and PDF are written in one place (ui.export.TimelineImage); the timeline draws through TimelineSurface");

    @ArchTest
    static final ArchRule ioKnowsNoToolkit = noClasses().that().resideInAPackage("org.sourcedtimeline.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sourcedtimeline.ui..", "org.sourcedtimeline.cli..")
            .because("loading, validating and building run headless in the CLI and in tests");

    @ArchTest
    static final ArchRule timelineControlKnowsNoDiplomacy = classes().that().resideInAPackage("org.sourcedtimeline.ui.control.timeline..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.sourcedtimeline.ui.control.timeline..", "java..", "javafx..")
            .allowEmptyShould(true)
            .because("the timeline is a reusable control: it draws dated items in lanes and knows nothing of the model");

    @ArchTest
    static final ArchRule noNetwork = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
            .because("a viewer of evidence never touches the network");

    // ---- a model is data: nothing in it is ever executed, loaded or rendered as markup (SECURITY.md) -----

    /** Classes allowed to load a class by name. None today: add one here only with a reason in SECURITY.md. */
    static final Set<String> CLASS_LOADING_ALLOWED = Set.of();

    @ArchTest
    static final ArchRule noWebEngine = noClasses().should().dependOnClassesThat().resideInAPackage("javafx.scene.web..")
            .because("model text is shown as text: a WebView or HTMLEditor would render a model's strings as HTML and run "
                    + "its scripts (SECURITY.md)");

    @ArchTest
    static final ArchRule noScripting = noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.script..", "jdk.jshell..",
                    "javax.tools..", "jdk.dynalink..")
            .because("nothing from a model file is ever evaluated: no script engine, no shell, no compiler (SECURITY.md)");

    @ArchTest
    static final ArchRule noClassLoadingByName = noClasses().that(nameIn(CLASS_LOADING_ALLOWED))
            .should().callMethodWhere(call("Class.forName or ClassLoader.loadClass/defineClass or Lookup.findClass/defineClass",
                    c -> (owner(c, "java.lang.Class") && c.getName().equals("forName"))
                            || (c.getTargetOwner().isAssignableTo(ClassLoader.class) && List.of("loadClass", "findClass", "defineClass").contains(c.getName()))
                            || (owner(c, "java.lang.invoke.MethodHandles$Lookup") && List.of("findClass", "defineClass", "defineHiddenClass").contains(c.getName()))))
            .orShould().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
            .because("no class is ever named by data: a model cannot make the app load or call code (SECURITY.md); "
                    + "FXML reaches our controllers through the module's opens, not through our own reflection");

    @ArchTest
    static final ArchRule noProcesses = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessHandle")
            .orShould().callMethodWhere(call("Runtime.exec", c -> owner(c, "java.lang.Runtime") && c.getName().equals("exec")))
            .because("the app never starts a program (the packaging smoke tests do, and they are tests, not main code)");

    @ArchTest
    static final ArchRule noStyleFromCode = noClasses().should().callMethodWhere(call("setStyle or styleProperty of a JavaFX node",
                    c -> c.getTargetOwner().getPackageName().startsWith("javafx.") && List.of("setStyle", "styleProperty").contains(c.getName())))
            .because("styling lives in the stylesheets beside each view: an inline style built from model text would be CSS "
                    + "from data (SECURITY.md)");

    @ArchTest
    static final ArchRule onlyViewsLoadsFxml = noClasses().that().doNotHaveFullyQualifiedName("org.sourcedtimeline.ui.fx.Views")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.fxml.FXMLLoader")
            .because("FXML is loaded in one place, from the application's own resources beside each view class, never from a "
                    + "model's folder");

    @ArchTest
    static final ArchRule nothingOpensLinksOrFiles = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.HostServices")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.awt.Desktop")
            .because("no link or path from a model is ever handed to a browser or to the desktop (SECURITY.md)");

    /**
     * May open a URL: the timeline skin reads the style sheets the application itself installed (jar
     * resources; JavaFX has already loaded them) to see whether the theme defines its colour tokens.
     */
    static final Set<String> URL_READING_ALLOWED = Set.of("org.sourcedtimeline.ui.control.timeline.skin.TimelineViewSkin");

    @ArchTest
    static final ArchRule nothingFetchesAUrl = noClasses().that(nameIn(URL_READING_ALLOWED)).should().callMethodWhere(call("URL.openStream, openConnection or getContent",
                    c -> owner(c, "java.net.URL") && List.of("openStream", "openConnection", "getContent").contains(c.getName())))
            .orShould().callConstructorWhere(call("an Image or Media loaded from a URL string",
                    c -> List.of("javafx.scene.image.Image", "javafx.scene.media.Media").contains(c.getTargetOwner().getName())
                            && !params(c).isEmpty() && params(c).get(0).equals("java.lang.String")))
            .because("noNetwork forbids sockets and connections by type; a URL string (from a model or not) opened through "
                    + "java.net.URL or an Image could still reach the network. Resources are read through Class.getResource");

    // ---- every file the app or the CLI writes goes through AtomicFiles -------------------------------------

    @ArchTest
    static final ArchRule everyWriteIsAtomic = noClasses().that().doNotHaveFullyQualifiedName("org.sourcedtimeline.io.AtomicFiles")
            .should().callMethodWhere(call("a method that writes or creates a file in place", ArchitectureTest::writesAFile))
            .orShould().callConstructorWhere(call("a PrintWriter, PrintStream or Formatter on a file name or File",
                    ArchitectureTest::opensAFileForWriting))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.FileChannel")
            .because("a crash while writing must never leave half a file: io.AtomicFiles writes a temporary file beside the "
                    + "target and renames it; java.util.prefs (written by the JDK, non-atomically) is only read, for the "
                    + "one-time migration of old settings");

    private static boolean owner(JavaCall<?> c, String className) { return c.getTargetOwner().getName().equals(className); }

    private static List<String> params(JavaCall<?> c) {
        return c.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
    }

    static boolean writesAFile(JavaCall<?> c) {
        String name = c.getName();
        if (owner(c, "java.nio.file.Files"))
            return List.of("write", "writeString", "newOutputStream", "newBufferedWriter", "newByteChannel", "createFile",
                    "createTempFile").contains(name)
                    || name.equals("copy") && params(c).size() >= 2 && params(c).get(1).equals("java.nio.file.Path");
        if (owner(c, "javax.imageio.ImageIO")) return name.equals("write") && params(c).contains("java.io.File");
        if (c.getTargetOwner().isAssignableTo(java.util.prefs.Preferences.class))
            return name.startsWith("put") || List.of("remove", "removeNode", "clear", "flush", "sync").contains(name);
        return false;
    }

    static boolean opensAFileForWriting(JavaCall<?> c) {
        String o = c.getTargetOwner().getName();
        if (!List.of("java.io.PrintWriter", "java.io.PrintStream", "java.util.Formatter").contains(o)) return false;
        List<String> p = params(c);
        return p.contains("java.io.File") || (!p.isEmpty() && p.get(0).equals("java.lang.String"));
    }

    private static <T extends JavaCall<?>> DescribedPredicate<T> call(String description, java.util.function.Predicate<JavaCall<?>> p) {
        return DescribedPredicate.describe(description, p::test);
    }

    private static DescribedPredicate<JavaClass> nameIn(Set<String> allowed) {
        return DescribedPredicate.describe("are not in the allow-list " + allowed, c -> !allowed.contains(c.getName()));
    }
}
