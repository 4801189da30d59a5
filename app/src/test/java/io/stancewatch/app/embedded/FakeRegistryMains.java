package io.stancewatch.app.embedded;

/** Stand-ins for the registry's runner jar in {@link ApicurioRegistryTest}: one dies, one never answers. */
final class FakeRegistryMains {

    private FakeRegistryMains() {
    }

    /** Fails the way a registry with a broken database would: a last log line, then a non-zero exit. */
    public static final class Exiting {

        static final String LAST_WORDS = "fake registry: cannot open the database";
        static final int EXIT_CODE = 3;

        private Exiting() {
        }

        public static void main(final String[] args) {
            System.out.println(LAST_WORDS);
            System.exit(EXIT_CODE);
        }
    }

    /** Runs without ever opening its port. */
    public static final class Silent {

        static final String LOG_LINE = "fake registry: still warming up";

        private Silent() {
        }

        public static void main(final String[] args) throws InterruptedException {
            System.out.println(LOG_LINE);
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
