package nianbao.query.export;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One .xlsx sheet written row by row with a streaming workbook (only the last rows in memory, the rest in a temp
 * file that {@link #close} deletes). Numbers become numeric cells, booleans boolean cells, null no cell, and text
 * always a string cell (never a formula), passed through {@link SpreadsheetText#defuse} like the CSV.
 */
public final class XlsxSheet implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private int rows;

    public XlsxSheet(String name) {
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(name);
    }

    public void addRow(List<?> values) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else {
                String text = SpreadsheetText.defuse(value.toString());
                cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
        }
    }

    /** Writes the whole workbook; call once, after the last row. */
    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Deletes the temp files and releases the workbook. */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
