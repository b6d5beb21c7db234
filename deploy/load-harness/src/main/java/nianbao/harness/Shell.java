package nianbao.harness;

/** Runs the shell commands a harness is given (kill, restart, stop, start), with their output on this console. */
final class Shell {

    private Shell() {
    }

    /** Runs {@code command} with bash and fails unless it exits 0; a missing or blank command does nothing. */
    static void run(String command) throws Exception {
        if (command == null || command.isBlank()) {
            return;
        }
        System.out.println("$ " + command);
        int exit = new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("command failed (exit " + exit + "): " + command);
        }
    }
}
