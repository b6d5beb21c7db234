package nianbao.harness;

import java.util.Random;

/**
 * The 200 numbers of one synthetic report, consistent by construction: every row total is the sum of its columns,
 * （七）总计 the sum of the 21 outcome rows, and new + carried over = handled + carried forward in every column.
 * {@link #breakOneIdentity} then spoils one cell, as an agency's arithmetic error would.
 */
final class ReportNumbers {

    static final int ROWS = 25;
    static final int DETAIL_FROM = 2;
    static final int DETAIL_TO = 22;
    static final int TOTAL_HANDLED = 23;
    static final int CARRIED_FORWARD = 24;

    /** applications[row][column], columns 0..5 applicants and 6 the total. */
    final long[][] applications = new long[ROWS][7];
    /** regulations issued/repealed/inForce, normative documents the same, licensing, punishment, compulsion. */
    final long[] active = new long[9];
    String fees;
    /** review, lawsuitDirect, lawsuitAfterReview × upheld, corrected, other, pending, total. */
    final long[] reviews = new long[15];

    static ReportNumbers random(Random random) {
        ReportNumbers n = new ReportNumbers();
        for (int c = 0; c < 6; c++) {
            long handled = 0;
            for (int row = DETAIL_FROM; row <= DETAIL_TO; row++) {
                long value = random.nextInt(10) < 6 ? random.nextInt(6) + 1 : 0;
                n.applications[row][c] = value;
                handled += value;
            }
            n.applications[TOTAL_HANDLED][c] = handled;
            n.applications[CARRIED_FORWARD][c] = random.nextInt(4);
            n.applications[1][c] = Math.min(random.nextInt(4), handled + n.applications[CARRIED_FORWARD][c]);
            n.applications[0][c] = handled + n.applications[CARRIED_FORWARD][c] - n.applications[1][c];
        }
        for (long[] row : n.applications) {
            row[6] = row[0] + row[1] + row[2] + row[3] + row[4] + row[5];
        }
        for (int i = 0; i < n.active.length; i++) {
            n.active[i] = random.nextInt(i == 6 ? 5000 : 40);
        }
        n.fees = random.nextInt(500) + "." + String.format("%03d", random.nextInt(1000));
        for (int g = 0; g < 3; g++) {
            long total = 0;
            for (int o = 0; o < 4; o++) {
                n.reviews[g * 5 + o] = random.nextInt(3);
                total += n.reviews[g * 5 + o];
            }
            n.reviews[g * 5 + 4] = total;
        }
        return n;
    }

    /** Adds one to a total, so exactly the identities over that cell break. */
    void breakOneIdentity(Random random) {
        if (random.nextBoolean()) {
            applications[TOTAL_HANDLED][6]++;
        } else {
            reviews[4]++;
        }
    }
}
