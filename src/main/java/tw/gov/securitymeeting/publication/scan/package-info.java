/**
 * Personal-data and hidden-content scan for the pre-publication review (上網公告資訊「複核」).
 *
 * <h2>Entry points</h2>
 * <ul>
 * <li>{@link tw.gov.securitymeeting.publication.scan.PersonalDataScanner#scan(String, java.util.List)}: scans the
 * notice text (source 「公告內文」) and the attachments, returns an immutable
 * {@link tw.gov.securitymeeting.publication.scan.ScanReport}.</li>
 * <li>{@link tw.gov.securitymeeting.publication.scan.FileTypeSniffer#typeMismatch(String, byte[])}: the upload
 * check; a zh-TW reason when the extension is not on the allow-list
 * ({@link tw.gov.securitymeeting.publication.scan.AcceptedType}) or the bytes are of another type.</li>
 * </ul>
 *
 * <h2>What is reported</h2>
 * Personal data in the text (see {@link tw.gov.securitymeeting.publication.scan.TextDetectors} for the exact
 * rules), in file names too; document authors and last modifiers (Tika metadata); comments, tracked changes and
 * hidden text (DOCX via Apache POI, ODT/ODS from {@code content.xml}, PDF markup annotations via Tika metadata);
 * hidden sheets (XLSX via Tika metadata, ODS from {@code content.xml}); hidden or filtered rows and columns
 * (XLSX via POI, ODS). Text hidden in these places is extracted and scanned as well (Tika is configured to
 * include deleted revisions, comments, headers/footers).
 *
 * <h2>Attachments that are not scanned</h2>
 * Every attachment is either scanned or has a {@code UNREADABLE} finding: empty files, types outside the
 * allow-list, encrypted files (PDF with an open password, password-protected DOCX/XLSX/ODF), files Tika cannot
 * parse. A file whose bytes do not fit its extension gets {@code TYPE_MISMATCH}; when the real type is on the
 * allow-list it is still scanned as that type. Both kinds block approval. The scanner never throws for a bad
 * attachment.
 *
 * <h2>Masking</h2>
 * Findings carry masked excerpts only ({@code A123****89}, {@code 0912-***-678}, {@code 02-*****789},
 * {@code a****@example.gov.tw}, {@code **年*月*日}, author names {@code 王**}); file names are shown with
 * detected personal data masked. Nothing about the content is logged.
 */
package tw.gov.securitymeeting.publication.scan;
