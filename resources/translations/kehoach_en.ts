<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;KeHoach Desktop&lt;/h2&gt;&lt;p&gt;Kế hoạch truyền thông về Giáo dục và Đào tạo của trường, Phòng và Sở GD&amp;amp;ĐT.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;KeHoach Desktop&lt;/h2&gt;&lt;p&gt;The communication plan on education and training of a school, a district office or a provincial department of education.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Phông chữ</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>Toàn văn giấy phép của phông chữ nằm cạnh tệp phông (resources/fonts).</source>
        <translation>The fonts&apos; full licence text is beside the font files (resources/fonts).</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Phiên bản:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>&amp;Mở thư mục</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang dùng:</source>
        <translation>Database in use:</translation>
    </message>
    <message>
        <source>Giấy phép của phông chữ và thư viện đi kèm:</source>
        <translation>Licences of the bundled fonts and libraries:</translation>
    </message>
</context>
<context>
    <name>AppendixModel</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung/Chủ đề</source>
        <translation>Content/Theme</translation>
    </message>
    <message>
        <source>Hình thức/sản phẩm truyền thông</source>
        <translation>Forms/communication products</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Thời gian thực hiện</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation>Supporting units</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Quý đã có tin bài</source>
        <translation>Quarters with articles</translation>
    </message>
    <message>
        <source>Chưa có tin bài: {0}</source>
        <translation>No article yet: {0}</translation>
    </message>
    <message>
        <source>Chưa có</source>
        <translation>None yet</translation>
    </message>
</context>
<context>
    <name>AppendixView</name>
    <message>
        <source>Chuyển sang nhóm…</source>
        <translation>Move to group…</translation>
    </message>
    <message>
        <source>(chưa phân công)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <source>Chọn một nội dung để sửa</source>
        <translation>Select a theme to edit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nhóm {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Group {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tên nhóm nội dung:</source>
        <translation>Group title:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nội dung {0}.{1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Theme {0}.{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nội dung/Chủ đề:</source>
        <translation>Content/Theme:</translation>
    </message>
    <message>
        <source>Đổi tên nhóm</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <source>Sửa nội dung</source>
        <translation>Edit theme</translation>
    </message>
    <message>
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Nhóm nội dung mới</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Thêm nội dung</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <source>Nội dung mới</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Xóa nhóm {0} «{1}» cùng {2} nội dung của nhóm?</source>
        <translation>Delete group {0} “{1}” and its {2} themes?</translation>
    </message>
    <message>
        <source>Xóa nhóm nội dung</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>Xóa nhóm</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>Xóa nội dung «{0}»?</source>
        <translation>Delete theme “{0}”?</translation>
    </message>
    <message>
        <source>Xóa nội dung</source>
        <translation>Delete theme</translation>
    </message>
    <message>
        <source>Chuyển nhóm</source>
        <translation>Move group</translation>
    </message>
    <message>
        <source>Chuyển nội dung</source>
        <translation>Move theme</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Lên trên (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Xuống dưới (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>In phụ lục…</source>
        <translation>Print appendix…</translation>
    </message>
    <message>
        <source>Chuyển nội dung đang chọn sang nhóm khác</source>
        <translation>Move the selected theme to another group</translation>
    </message>
    <message>
        <source>Lọc nội dung (không cần dấu)…</source>
        <translation>Filter themes (accents optional)…</translation>
    </message>
    <message>
        <source>Hình thức/sản phẩm truyền thông (mỗi dòng một mục):</source>
        <translation>Forms/communication products (one per line):</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì:</source>
        <translation>Lead units:</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp:</source>
        <translation>Supporting units:</translation>
    </message>
    <message>
        <source>Tên đơn vị chưa có trong danh sách…</source>
        <translation>Name of a unit not in the list…</translation>
    </message>
    <message>
        <source>Thêm làm chủ trì</source>
        <translation>Add as lead</translation>
    </message>
    <message>
        <source>Thêm làm phối hợp</source>
        <translation>Add as supporting</translation>
    </message>
    <message>
        <source>Thời gian thực hiện</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Theo quý:</source>
        <translation>By quarter:</translation>
    </message>
    <message>
        <source>Quý I</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>Theo tháng:</source>
        <translation>By month:</translation>
    </message>
    <message>
        <source>ví dụ: 3, 4, 9-12</source>
        <translation>e.g. 3, 4, 9-12</translation>
    </message>
    <message>
        <source>Hạn hoàn thành:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Chưa xác định</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Người phụ trách:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Cán bộ mới…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>(chưa chọn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ghi tin bài mới</source>
        <translation>Log a new article</translation>
    </message>
    <message>
        <source>Tin bài mới được lưu ở trạng thái &lt;b&gt;Nháp&lt;/b&gt;.</source>
        <translation>A new article is saved as a &lt;b&gt;Draft&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Tin bài: {0}</source>
        <translation>Article: {0}</translation>
    </message>
    <message>
        <source> (đã thu hồi)</source>
        <translation> (withdrawn)</translation>
    </message>
    <message>
        <source>Trạng thái: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · duyệt bởi {0} lúc {1}</source>
        <translation> · approved by {0} at {1}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Lý do trả lại: {0}</source>
        <translation>&lt;br&gt;Returned because: {0}</translation>
    </message>
    <message>
        <source>Đã tải lại tin bài như vừa được lưu; thay đổi của bạn chưa được lưu.</source>
        <translation>The article was reloaded as just saved; your changes were not saved.</translation>
    </message>
    <message>
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <source>Ảnh, PDF, tài liệu (*.png *.jpg *.jpeg *.pdf *.docx *.doc *.xlsx);;Mọi tệp (*)</source>
        <translation>Images, PDF, documents (*.png *.jpg *.jpeg *.pdf *.docx *.doc *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Tin bài</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Tiêu đề (*):</source>
        <translation>&amp;Title (*):</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Kênh:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Ngày đăng:</source>
        <translation>&amp;Published on:</translation>
    </message>
    <message>
        <source>đã có ngày</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>Đường &amp;dẫn:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Tác &amp;giả:</source>
        <translation>&amp;Authors:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị thực hiện:</source>
        <translation>Producing &amp;unit:</translation>
    </message>
    <message>
        <source>Nội dung kế hoạch:</source>
        <translation>Plan themes:</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Đường dẫn minh chứng (https://…)</source>
        <translation>Evidence link (https://…)</translation>
    </message>
    <message>
        <source>Thêm đường dẫn</source>
        <translation>Add link</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Ngày đăng</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kênh</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đường dẫn</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Đã thu hồi</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>ArticlesView</name>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Mọi loại</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Mọi kênh</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>Any unit</translation>
    </message>
    <message>
        <source>Mọi nội dung</source>
        <translation>Any theme</translation>
    </message>
    <message>
        <source>Cả kỳ</source>
        <translation>Whole period</translation>
    </message>
    <message>
        <source>Quý {0}/{1}</source>
        <translation>Q{0}/{1}</translation>
    </message>
    <message>
        <source>Tháng {0}/{1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>{0:%d/%m/%Y} – {1:%d/%m/%Y}</source>
        <translation>{0:%d/%m/%Y} – {1:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>Chờ duyệt ({0})</source>
        <translation>Awaiting approval ({0})</translation>
    </message>
    <message>
        <source>{0} tin bài · Nháp {1} · Chờ duyệt {2} · Đã duyệt {3} · Đã đăng {4}</source>
        <translation>{0} articles · Draft {1} · Awaiting approval {2} · Approved {3} · Published {4}</translation>
    </message>
    <message>
        <source>Duyệt tin bài</source>
        <translation>Approve article</translation>
    </message>
    <message>
        <source>Tin bài</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Ngày đăng</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>Kênh</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Trả lại tin bài</source>
        <translation>Return article</translation>
    </message>
    <message>
        <source>Lý do trả lại (người soạn sẽ thấy):</source>
        <translation>Reason (the author will see it):</translation>
    </message>
    <message>
        <source>Đánh dấu đã đăng</source>
        <translation>Mark as published</translation>
    </message>
    <message>
        <source>Đường dẫn bài đã đăng (hoặc thêm minh chứng trong cửa sổ tin bài):</source>
        <translation>Link to the published article (or add evidence in the article window):</translation>
    </message>
    <message>
        <source>Thu hồi tin bài</source>
        <translation>Withdraw article</translation>
    </message>
    <message>
        <source>Tin bài đã từng được duyệt nên không xóa được; nó sẽ được thu hồi (giữ lại, đánh dấu). Lý do thu hồi:</source>
        <translation>This article was approved once, so it cannot be deleted; it will be withdrawn (kept and marked). Reason:</translation>
    </message>
    <message>
        <source>Xóa tin bài</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <source>Xóa bản nháp «{0}»?</source>
        <translation>Delete the draft “{0}”?</translation>
    </message>
    <message>
        <source>Ghi tin bài…</source>
        <translation>Log article…</translation>
    </message>
    <message>
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Gửi duyệt</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Duyệt…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Trả lại…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Đã đăng…</source>
        <translation>Published…</translation>
    </message>
    <message>
        <source>Xóa / thu hồi…</source>
        <translation>Delete / withdraw…</translation>
    </message>
    <message>
        <source>Chờ duyệt</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Tìm tiêu đề, tác giả (không cần dấu)…</source>
        <translation>Find titles, authors (accents optional)…</translation>
    </message>
</context>
<context>
    <name>CascadeDialog</name>
    <message>
        <source>Nội dung của kế hoạch cấp trên</source>
        <translation>Item of the superior&apos;s plan</translation>
    </message>
    <message>
        <source>Nội dung của đơn vị</source>
        <translation>The office&apos;s themes</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Có nội dung thực hiện</source>
        <translation>Addressed</translation>
    </message>
    <message>
        <source>Chưa có nội dung thực hiện</source>
        <translation>Not addressed</translation>
    </message>
    <message>
        <source>{0}/{1} nội dung của kế hoạch cấp trên có nội dung thực hiện trong kế hoạch này.</source>
        <translation>{0}/{1} items of the superior&apos;s plan are addressed by this plan.</translation>
    </message>
    <message>
        <source>Kế hoạch này không được tạo từ kế hoạch của cấp trên: chưa có gì để đối chiếu (Tệp › Tạo kế hoạch từ kế hoạch của cấp trên…).</source>
        <translation>This plan was not built from the superior&apos;s plan: nothing to compare yet (File › New plan from the superior&apos;s plan…).</translation>
    </message>
    <message>
        <source>Đối chiếu với kế hoạch cấp trên</source>
        <translation>Compare with the superior&apos;s plan</translation>
    </message>
    <message>
        <source>Chỉ hiện nội dung cấp trên &amp;chưa có nội dung thực hiện</source>
        <translation>Show only the superior&apos;s items &amp;not addressed</translation>
    </message>
    <message>
        <source>Nội dung của đơn vị thực hiện nội dung đang chọn:</source>
        <translation>The office&apos;s themes that implement the selected item:</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Đã gửi thư tới {0}.</source>
        <translation>Sent to {0}.</translation>
    </message>
    <message>
        <source>Gửi thư</source>
        <translation>Send mail</translation>
    </message>
    <message>
        <source>&amp;Gửi tới:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>dia-chi@so.edu.vn, …</source>
        <translation>address@so.edu.vn, …</translation>
    </message>
    <message>
        <source>&amp;Đồng gửi:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>&amp;Tiêu đề:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Tệp đính kèm:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>Lưu thành tệp .&amp;eml…</source>
        <translation>Save as .&amp;eml…</translation>
    </message>
    <message>
        <source>&amp;Gửi</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Chờ duyệt: {0}</source>
        <translation>Awaiting approval: {0}</translation>
    </message>
    <message>
        <source>Dư luận nóng chưa xử lý: {0}</source>
        <translation>Hot opinion issues not handled: {0}</translation>
    </message>
    <message>
        <source>Báo cáo {0}: hạn {1:%d/%m/%Y}, chưa gửi</source>
        <translation>Report for {0}: due {1:%d/%m/%Y}, not sent</translation>
    </message>
    <message>
        <source>Không có báo cáo sắp đến hạn</source>
        <translation>No report due soon</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Cần</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Đã đăng</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>{0} (tiến độ: {1})</source>
        <translation>{0} (expected by now: {1})</translation>
    </message>
    <message>
        <source>Cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Toàn đơn vị</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <source>Tin bài đã đăng</source>
        <translation>Published articles</translation>
    </message>
    <message>
        <source>Chỉ tiêu {0} tin bài/tháng</source>
        <translation>Target {0} articles/month</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nội dung chưa có tin bài trong quý đã lên kế hoạch: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Themes with no article in a planned quarter: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chờ duyệt: 0</source>
        <translation>Awaiting approval: 0</translation>
    </message>
    <message>
        <source>Dư luận nóng chưa xử lý: 0</source>
        <translation>Hot opinion issues not handled: 0</translation>
    </message>
    <message>
        <source>Chỉ tiêu, chỉ số…</source>
        <translation>Targets, indicators…</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chỉ tiêu trong kỳ hiện tại&lt;/b&gt;</source>
        <translation>&lt;b&gt;Targets in the current period&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tin bài đã đăng theo tháng so với chỉ tiêu&lt;/b&gt;</source>
        <translation>&lt;b&gt;Published articles per month against the target&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đơn vị × tháng&lt;/b&gt; (bấm một ô để xem tin bài)</source>
        <translation>&lt;b&gt;Unit × month&lt;/b&gt; (click a cell to see the articles)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nội dung chưa có tin bài trong quý đã lên kế hoạch&lt;/b&gt;</source>
        <translation>&lt;b&gt;Themes with no article in a planned quarter&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Nếu máy chủ hỗ trợ</source>
        <translation>If the server supports it</translation>
    </message>
    <message>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Bắt buộc, kiểm tra chứng chỉ máy chủ</source>
        <translation>Required, verify the server&apos;s certificate</translation>
    </message>
    <message>
        <source>Không mã hóa (chỉ trong mạng nội bộ tin cậy)</source>
        <translation>No encryption (trusted office network only)</translation>
    </message>
    <message>
        <source>Đang dùng: {0}</source>
        <translation>In use: {0}</translation>
    </message>
    <message>
        <source>Đang kiểm tra…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Đang kết nối máy chủ…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Tệp dữ liệu trên &amp;máy này (một máy tính)</source>
        <translation>Data file on &amp;this PC (one computer)</translation>
    </message>
    <message>
        <source>Máy chủ PostgreSQL của &amp;văn phòng (nhiều máy dùng chung)</source>
        <translation>The &amp;office&apos;s PostgreSQL server (shared by several PCs)</translation>
    </message>
    <message>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Máy &amp;chủ:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>192.168.1.10 hoặc may-chu.phong-gd.local</source>
        <translation>192.168.1.10 or server.office.local</translation>
    </message>
    <message>
        <source>&amp;Cổng:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Cơ sở &amp;dữ liệu:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Người dùng:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Mật &amp;khẩu:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>lưu trong kho mật khẩu của hệ điều hành</source>
        <translation>kept in the operating system&apos;s credential store</translation>
    </message>
    <message>
        <source>&amp;Mã hóa:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra kết nối</source>
        <translation>&amp;Test connection</translation>
    </message>
</context>
<context>
    <name>DistrictDialog</name>
    <message>
        <source>Tháng {0}</source>
        <translation>Month {0}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>first half</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>second half</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Chưa có trường nào. Nhập danh sách trường (tệp Excel) hoặc thêm đơn vị loại «Trường» ở thẻ Đơn vị.</source>
        <translation>No schools yet. Import the list of schools (an Excel file) or add units of kind “School” in the Units tab.</translation>
    </message>
    <message>
        <source>Báo cáo {0} — hạn gửi: trước ngày {1:%d/%m/%Y}. {2} trường: {3} đúng hạn, {4} muộn, {5} chưa gửi, {6} chưa đến hạn. Các trường đã gửi: {7} tin bài trong kỳ.</source>
        <translation>Report for {0} — due before {1:%d/%m/%Y}. {2} schools: {3} on time, {4} late, {5} missing, {6} not yet due. The schools that sent: {7} articles in the period.</translation>
    </message>
    <message>
        <source> (gửi lại)</source>
        <translation> (resubmitted)</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Gửi lúc</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>Tin bài trong kỳ</source>
        <translation>Articles in the period</translation>
    </message>
    <message>
        <source>Lũy kế năm</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Chỉ tiêu đạt</source>
        <translation>Targets met</translation>
    </message>
    <message>
        <source>T{0}</source>
        <translation>M{0}</translation>
    </message>
    <message>
        <source>muộn</source>
        <translation>late</translation>
    </message>
    <message>
        <source> — {0} tin bài</source>
        <translation> — {0} articles</translation>
    </message>
    <message>
        <source>Nhận gói báo cáo</source>
        <translation>Receive report packages</translation>
    </message>
    <message>
        <source>Gói báo cáo KeHoach (*.khbc);;Mọi tệp (*)</source>
        <translation>KeHoach report packages (*.khbc);;All files (*)</translation>
    </message>
    <message>
        <source>Nhận các gói báo cáo trong thư mục</source>
        <translation>Receive the report packages in a folder</translation>
    </message>
    <message>
        <source>Thư mục không có gói báo cáo (.khbc) nào.</source>
        <translation>The folder has no report package (.khbc).</translation>
    </message>
    <message>
        <source>Hộp thư không có thư chưa đọc nào kèm gói báo cáo.</source>
        <translation>The mailbox has no unread message with a report package.</translation>
    </message>
    <message>
        <source>Đã nhận {0} gói, từ chối {1} gói.</source>
        <translation>Received {0} packages, refused {1}.</translation>
    </message>
    <message>
        <source>Đang nhận gói báo cáo…</source>
        <translation>Receiving report packages…</translation>
    </message>
    <message>
        <source>Nhập danh sách trường</source>
        <translation>Import the list of schools</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{0} trường mới, {1} trường cập nhật, {2} trường đã có.</source>
        <translation>{0} new schools, {1} updated, {2} already listed.</translation>
    </message>
    <message>
        <source>Xem báo cáo của trường</source>
        <translation>View the school&apos;s report</translation>
    </message>
    <message>
        <source>Hãy chọn một trường đã gửi báo cáo kỳ này.</source>
        <translation>Select a school that sent its report for this period.</translation>
    </message>
    <message>
        <source>Nhắc trường chưa gửi</source>
        <translation>Remind the schools that have not sent</translation>
    </message>
    <message>
        <source>Mọi trường đã gửi báo cáo kỳ này.</source>
        <translation>Every school has sent its report for this period.</translation>
    </message>
    <message>
        <source>Đưa thư nhắc gửi báo cáo {0} tới {1} trường chưa gửi vào hộp thư đi?</source>
        <translation>Put a reminder about the report for {0} to the {1} schools that have not sent it in the outbox?</translation>
    </message>
    <message>
        <source>Đã đưa {0} thư nhắc vào hộp thư đi (Công cụ › Hộp thư đi để gửi).</source>
        <translation>{0} reminders are in the outbox (Tools › Outbox to send them).</translation>
    </message>
    <message>
        <source>Chưa có địa chỉ thư của: {0}.</source>
        <translation>No e-mail address for: {0}.</translation>
    </message>
    <message>
        <source>Tổng hợp báo cáo các trường</source>
        <translation>The schools&apos; reports</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Report &amp;period:</translation>
    </message>
    <message>
        <source>&amp;Nhận gói báo cáo…</source>
        <translation>&amp;Receive packages…</translation>
    </message>
    <message>
        <source>Chọn các tệp .khbc các trường gửi (hoặc kéo thả tệp vào cửa sổ này)</source>
        <translation>Choose the .khbc files the schools sent (or drop them on this window)</translation>
    </message>
    <message>
        <source>Nhận từ &amp;hộp thư</source>
        <translation>From the &amp;mailbox</translation>
    </message>
    <message>
        <source>Các gói đính kèm thư chưa đọc trong hộp thư (Công cụ › Cài đặt thư › máy chủ nhận thư)</source>
        <translation>The packages attached to unread messages in the mailbox (Tools › Mail settings › incoming mail server)</translation>
    </message>
    <message>
        <source>Nhận cả &amp;thư mục…</source>
        <translation>Receive a &amp;folder…</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Theo tháng</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>✓ đúng hạn · muộn: gửi sau hạn · ✗ chưa gửi · ↻ gửi lại · ô trống: chưa đến hạn</source>
        <translation>✓ on time · late: sent after the due day · ✗ missing · ↻ resubmitted · empty: not yet due</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Nhập &amp;danh sách trường…</source>
        <translation>Import the &amp;list of schools…</translation>
    </message>
    <message>
        <source>Tệp Excel: cột «Tên trường», cột «Email» nếu có</source>
        <translation>An Excel file: a “Tên trường” (school name) column, an “Email” column if any</translation>
    </message>
    <message>
        <source>&amp;Xem báo cáo của trường</source>
        <translation>&amp;View the school&apos;s report</translation>
    </message>
    <message>
        <source>Nhắc trường &amp;chưa gửi</source>
        <translation>Remind the &amp;missing schools</translation>
    </message>
    <message>
        <source>&amp;Báo cáo tổng hợp…</source>
        <translation>&amp;Consolidated report…</translation>
    </message>
</context>
<context>
    <name>DocumentOps</name>
    <message>
        <source>Đang tạo tệp PDF…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
    <message>
        <source>Lưu ý:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <source>Xuất phụ lục</source>
        <translation>Export appendix</translation>
    </message>
    <message>
        <source>Đang xuất phụ lục…</source>
        <translation>Exporting the appendix…</translation>
    </message>
    <message>
        <source>Xuất kế hoạch ra Word</source>
        <translation>Export the plan to Word</translation>
    </message>
    <message>
        <source>Đang tạo văn bản Word…</source>
        <translation>Making the Word document…</translation>
    </message>
    <message>
        <source>Xuất ra Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <source>Xuất danh sách tin bài</source>
        <translation>Export articles</translation>
    </message>
    <message>
        <source>Đang xuất danh sách tin bài…</source>
        <translation>Exporting the articles…</translation>
    </message>
    <message>
        <source>Kế hoạch của cấp trên</source>
        <translation>The superior&apos;s plan</translation>
    </message>
    <message>
        <source>Kế hoạch (*.docx *.pdf)</source>
        <translation>Plan (*.docx *.pdf)</translation>
    </message>
    <message>
        <source>Tạo kế hoạch từ kế hoạch cấp trên</source>
        <translation>New plan from the superior&apos;s plan</translation>
    </message>
    <message>
        <source>Chữ ký số: {0}</source>
        <translation>Digital signatures: {0}</translation>
    </message>
    <message>
        <source>Tạo kế hoạch này?</source>
        <translation>Create this plan?</translation>
    </message>
    <message>
        <source>Đang tạo kế hoạch…</source>
        <translation>Creating the plan…</translation>
    </message>
    <message>
        <source>Nhập phụ lục của cấp trên</source>
        <translation>Import the superior office’s appendix</translation>
    </message>
    <message>
        <source>Phụ lục (*.xlsx *.docx)</source>
        <translation>Appendix (*.xlsx *.docx)</translation>
    </message>
    <message>
        <source>Đang nhập phụ lục…</source>
        <translation>Importing the appendix…</translation>
    </message>
    <message>
        <source>Không đọc được tệp</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Không tìm thấy tệp hướng dẫn trong bản cài đặt này.</source>
        <translation>The user guide is not in this installation.</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide (in Vietnamese)</translation>
    </message>
    <message>
        <source>Mở bản &amp;PDF</source>
        <translation>Open the &amp;PDF</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Mục thay đổi</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Tạo</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Gửi duyệt</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Đánh dấu đã đăng</source>
        <translation>Mark as published</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Thêm minh chứng</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>Về dự thảo</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Nhập phụ lục</source>
        <translation>Import appendix</translation>
    </message>
    <message>
        <source>Đăng nhập sai</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Sai mật khẩu khi duyệt</source>
        <translation>Wrong password when approving</translation>
    </message>
    <message>
        <source>Sai mật khẩu khi đổi mật khẩu</source>
        <translation>Wrong password when changing it</translation>
    </message>
    <message>
        <source>Tạm khóa tài khoản</source>
        <translation>Account locked for a while</translation>
    </message>
    <message>
        <source>Ghi chỉ số</source>
        <translation>Record indicator</translation>
    </message>
    <message>
        <source>Đã gửi thư</source>
        <translation>Mail sent</translation>
    </message>
    <message>
        <source>Gửi thư không được</source>
        <translation>Mail not sent</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Nhóm nội dung</source>
        <translation>Theme group</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Tin bài</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Vấn đề dư luận</source>
        <translation>Public-opinion issue</translation>
    </message>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Thư</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Quyền</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Thời kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Mở đầu</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tiêu đề mục</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <source>Hình thức/sản phẩm</source>
        <translation>Forms/products</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation>Supporting units</translation>
    </message>
    <message>
        <source>Thời gian thực hiện</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Cán bộ đầu mối</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Kênh</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Ngày đăng</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Đường dẫn</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Nội dung kế hoạch</source>
        <translation>Plan themes</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Số tối thiểu</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tóm tắt</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Ngày phát hiện</source>
        <translation>Noticed on</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Mức độ</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Biện pháp</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Số nhóm</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Số nội dung</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vị trí</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Mục cha</source>
        <translation>Parent section</translation>
    </message>
    <message>
        <source>Đã xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Người duyệt</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Đơn vị mới</source>
        <translation>New units</translation>
    </message>
    <message>
        <source>Số chỗ đổi thời kỳ</source>
        <translation>Period replacements</translation>
    </message>
    <message>
        <source>Mã tệp</source>
        <translation>File hash</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Số phút</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Loại đơn vị</source>
        <translation>Unit kind</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Tệp &lt;b&gt;{0}&lt;/b&gt; ({1}): &lt;b&gt;{2}&lt;/b&gt; nhóm, &lt;b&gt;{3}&lt;/b&gt; nội dung sẽ được thêm vào cuối phụ lục của kế hoạch. Chưa có gì được ghi; bấm «Nhập» để ghi tất cả trong một lần.</source>
        <translation>File &lt;b&gt;{0}&lt;/b&gt; ({1}): &lt;b&gt;{2}&lt;/b&gt; groups and &lt;b&gt;{3}&lt;/b&gt; themes will be added at the end of the plan’s appendix. Nothing is written yet; click “Import” to write it all at once.</translation>
    </message>
    <message>
        <source>Không có gì bất thường.</source>
        <translation>Nothing unusual.</translation>
    </message>
    <message>
        <source>Căn cứ sẽ được thêm: &lt;i&gt;{0}&lt;/i&gt;</source>
        <translation>Basis line to be added: &lt;i&gt;{0}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nhập phụ lục</source>
        <translation>Import appendix</translation>
    </message>
    <message>
        <source>Nhóm / nội dung sẽ nhập</source>
        <translation>Groups / themes to import</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Đơn vị sẽ được tạo mới:</source>
        <translation>Units to be created:</translation>
    </message>
    <message>
        <source>Đơn vị đã có (ghép theo tên):</source>
        <translation>Existing units (matched by name):</translation>
    </message>
    <message>
        <source>Cần xem lại:</source>
        <translation>To check:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Tin</source>
        <translation>News</translation>
    </message>
    <message>
        <source>Bài</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Phóng sự</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Ảnh</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Infographic</source>
        <translation>Infographic</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Chờ duyệt</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Đã đăng</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Trang thông tin điện tử</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Fanpage Facebook</source>
        <translation>Facebook fanpage</translation>
    </message>
    <message>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <source>Báo chí</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Phát thanh, truyền hình</source>
        <translation>Radio, television</translation>
    </message>
    <message>
        <source>Hội nghị, sự kiện</source>
        <translation>Conferences, events</translation>
    </message>
    <message>
        <source>Ấn phẩm</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>hằng ngày</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>hằng tháng</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>định kỳ khi đang mở</source>
        <translation>periodic while open</translation>
    </message>
    <message>
        <source>khi đóng</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>trước khi nâng cấp</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>trước khi nhập</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>trước khi khôi phục</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>sao lưu thủ công</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>Mạng xã hội</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Phụ huynh</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Nóng</source>
        <translation>Hot</translation>
    </message>
    <message>
        <source>Thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Đã xử lý</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Đang thực hiện, đúng tiến độ</source>
        <translation>In progress, on track</translation>
    </message>
    <message>
        <source>Đang thực hiện, chậm tiến độ</source>
        <translation>In progress, behind</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Chưa đến hạn</source>
        <translation>Not yet due</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Tạo tài khoản đầu tiên</source>
        <translation>Create the first account</translation>
    </message>
    <message>
        <source>Tài khoản đầu tiên là của thủ trưởng đơn vị: vừa là người duyệt, vừa là quản trị. Sau đó có thể thêm tài khoản cho văn thư, cán bộ phụ trách truyền thông (Công cụ › Tài khoản).</source>
        <translation>The first account belongs to the head of office: approver and administrator. Accounts for the secretary and communication officers can be added afterwards (Tools › Accounts).</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Nhập mật khẩu hiện tại và mật khẩu mới (ít nhất 6 ký tự).</source>
        <translation>Enter your current password and the new one (at least 6 characters).</translation>
    </message>
    <message>
        <source>Mật khẩu &amp;hiện tại:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu mới không khớp.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Đăng nhập để làm việc với kế hoạch truyền thông của đơn vị.</source>
        <translation>Log in to work on the office’s communication plan.</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Họ tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Mật khẩu &amp;mới:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>Cài đặt thư điện tử</source>
        <translation>Mail settings</translation>
    </message>
    <message>
        <source>&amp;Máy chủ gửi thư (SMTP):</source>
        <translation>Outgoing mail &amp;server (SMTP):</translation>
    </message>
    <message>
        <source>smtp.gmail.com</source>
        <translation>smtp.gmail.com</translation>
    </message>
    <message>
        <source>&amp;Cổng:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Bảo mật:</source>
        <translation>S&amp;ecurity:</translation>
    </message>
    <message>
        <source>Tên đăng &amp;nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>để trống nếu máy chủ không yêu cầu</source>
        <translation>leave empty if the server needs no login</translation>
    </message>
    <message>
        <source>Mật &amp;khẩu:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Lưu mật khẩu trong kho mật khẩu của hệ điều hành</source>
        <translation>Keep the password in the operating system’s credential store</translation>
    </message>
    <message>
        <source>Địa chỉ &amp;gửi:</source>
        <translation>&amp;From address:</translation>
    </message>
    <message>
        <source>Hạn gửi báo cáo tháng: trước ngày</source>
        <translation>Monthly report due before day</translation>
    </message>
    <message>
        <source>Máy chủ &amp;nhận thư (IMAP):</source>
        <translation>&amp;Incoming mail server (IMAP):</translation>
    </message>
    <message>
        <source>để nhận gói báo cáo các trường gửi về; để trống nếu không dùng</source>
        <translation>to receive the schools&apos; report packages; leave empty if unused</translation>
    </message>
    <message>
        <source>Cổng &amp;IMAP:</source>
        <translation>&amp;IMAP port:</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra kết nối</source>
        <translation>&amp;Test connection</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Không mã hóa</source>
        <translation>No encryption</translation>
    </message>
    <message>
        <source>Đang kiểm tra…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Kết nối và đăng nhập thành công.</source>
        <translation>Connected and logged in.</translation>
    </message>
    <message>
        <source>Đang kiểm tra kết nối…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Mật khẩu thư</source>
        <translation>Mail password</translation>
    </message>
    <message>
        <source>Máy này không có kho mật khẩu dùng được; mật khẩu sẽ được hỏi mỗi lần gửi.</source>
        <translation>This computer has no usable credential store; the password will be asked for each time.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CHỈ ĐỌC</source>
        <translation>READ-ONLY</translation>
    </message>
    <message>
        <source>Chỉ đọc: cơ sở dữ liệu đang được mở để ghi ở nơi khác ({0}).</source>
        <translation>Read-only: the database is open for writing elsewhere ({0}).</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <source>Máy chủ: {0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <source>Dữ liệu dùng chung trên máy chủ của văn phòng (Công cụ › Cơ sở dữ liệu)</source>
        <translation>Data shared on the office&apos;s server (Tools › Database)</translation>
    </message>
    <message>
        <source>Người dùng: {0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <source>&amp;Tin bài</source>
        <translation>A&amp;rticles</translation>
    </message>
    <message>
        <source>&amp;Tin bài ({0} chờ duyệt)</source>
        <translation>A&amp;rticles ({0} awaiting approval)</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác: {0}</source>
        <translation>&amp;Undo: {0}</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại: {0}</source>
        <translation>&amp;Redo: {0}</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Nội dung tìm thấy: {0}</source>
        <translation>Themes found: {0}</translation>
    </message>
    <message>
        <source>{0} kế hoạch · Kế hoạch đang mở: {1} nhóm, {2} nội dung · {3}</source>
        <translation>{0} plans · Open plan: {1} groups, {2} themes · {3}</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch nào: bấm «Kế hoạch mới» (Ctrl+N) hoặc Tệp › Tải dữ liệu mẫu.</source>
        <translation>No plans yet: click “New plan” (Ctrl+N) or File › Load demo data.</translation>
    </message>
    <message>
        <source>⚠ Báo cáo {0} phải gửi trước ngày {1:%d/%m/%Y} — chưa gửi.</source>
        <translation>⚠ The report for {0} is due before {1:%d/%m/%Y} — not sent yet.</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>{0} thay đổi chưa lưu được vì máy chủ cơ sở dữ liệu không trả lời. Đóng cửa sổ sẽ mất các thay đổi này. Vẫn đóng?</source>
        <translation>{0} change(s) could not be saved because the database server does not answer. Closing the window loses them. Close anyway?</translation>
    </message>
    <message>
        <source>KeHoach Desktop</source>
        <translation>KeHoach Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kế hoạch&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plans&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tìm kế hoạch, nội dung (không cần dấu)…</source>
        <translation>Find plans and themes (accents optional)…</translation>
    </message>
    <message>
        <source>Nội dung tìm thấy</source>
        <translation>Themes found</translation>
    </message>
    <message>
        <source>Kế hoạch &amp;mới</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <source>&amp;Văn bản kế hoạch</source>
        <translation>Plan &amp;document</translation>
    </message>
    <message>
        <source>&amp;Phụ lục</source>
        <translation>&amp;Appendix</translation>
    </message>
    <message>
        <source>Đơn vị &amp;&amp; cán bộ</source>
        <translation>Units &amp;&amp; &amp;people</translation>
    </message>
    <message>
        <source>Phân &amp;công</source>
        <translation>&amp;Ownership</translation>
    </message>
    <message>
        <source>Tổng &amp;quan</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Dư luận</source>
        <translation>Public &amp;opinion</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Kế hoạch</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Kế hoạch mới</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Sao chép sang kỳ mới…</source>
        <translation>&amp;Copy to a new period…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Xóa kế hoạch…</source>
        <translation>&amp;Delete plan…</translation>
    </message>
    <message>
        <source>&amp;Thông tin đơn vị…</source>
        <translation>&amp;Office details…</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Sao lưu cơ sở dữ liệu và minh chứng vào thư mục sao lưu</source>
        <translation>Back up the database and the evidence files into the backup folder</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Tải &amp;dữ liệu mẫu</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Tìm…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Thêm &amp;nhóm nội dung</source>
        <translation>Add &amp;group</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Thêm nội &amp;dung</source>
        <translation>Add &amp;theme</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide (in Vietnamese)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu KeHoach Desktop</source>
        <translation>&amp;About KeHoach Desktop</translation>
    </message>
    <message>
        <source>&amp;Xem trước kế hoạch (PDF)…</source>
        <translation>Pre&amp;view the plan (PDF)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;In kế hoạch…</source>
        <translation>&amp;Print the plan…</translation>
    </message>
    <message>
        <source>&amp;Hộp thư đi…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <source>In &amp;bảng phụ lục…</source>
        <translation>Print the appendix &amp;table…</translation>
    </message>
    <message>
        <source>&amp;Báo cáo kết quả…</source>
        <translation>Results &amp;report…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Cơ sở &amp;dữ liệu…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>Dùng tệp dữ liệu trên máy này hoặc máy chủ PostgreSQL của văn phòng</source>
        <translation>Use the data file on this PC or the office&apos;s PostgreSQL server</translation>
    </message>
    <message>
        <source>Cài đặt &amp;thư điện tử…</source>
        <translation>&amp;Mail settings…</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra chữ ký số…</source>
        <translation>&amp;Check digital signatures…</translation>
    </message>
    <message>
        <source>Ai đã ký, với tư cách gì, khi nào; văn bản còn nguyên vẹn hay đã bị sửa (tệp PDF hoặc gói báo cáo)</source>
        <translation>Who signed, in what role, when; whether the document is intact or was changed (a PDF or a report package)</translation>
    </message>
    <message>
        <source>Cài đặt &amp;ký số…</source>
        <translation>&amp;Signing settings…</translation>
    </message>
    <message>
        <source>&amp;Tổng hợp báo cáo các trường…</source>
        <translation>The &amp;schools&apos; reports…</translation>
    </message>
    <message>
        <source>Nhận gói báo cáo của các trường; trường nào gửi đúng hạn, muộn, chưa gửi; báo cáo tổng hợp</source>
        <translation>Receive the schools&apos; report packages; who sent on time, late or not at all; the consolidated report</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Đối chiếu với kế hoạch &amp;cấp trên…</source>
        <translation>Compare with the &amp;superior&apos;s plan…</translation>
    </message>
    <message>
        <source>Nội dung nào của kế hoạch cấp trên đã có, chưa có nội dung thực hiện trong kế hoạch này</source>
        <translation>Which items of the superior&apos;s plan this plan addresses, and which not</translation>
    </message>
    <message>
        <source>Tạo kế hoạch từ kế hoạch của &amp;cấp trên…</source>
        <translation>New plan from the &amp;superior&apos;s plan…</translation>
    </message>
    <message>
        <source>Đọc kế hoạch của cấp trên (.docx, .pdf có chữ): số, ngày, cơ quan ban hành thành căn cứ; các phần thành nội dung; phụ lục thành phụ lục</source>
        <translation>Reads the superior&apos;s plan (.docx, .pdf with text): its number, date and issuer become the basis; its parts the body; its appendix the appendix</translation>
    </message>
    <message>
        <source>&amp;Nhập phụ lục từ tệp Excel/Word…</source>
        <translation>&amp;Import appendix from Excel/Word…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Xuất kế hoạch ra &amp;Word…</source>
        <translation>Export the plan to &amp;Word…</translation>
    </message>
    <message>
        <source>Văn bản kế hoạch kèm phụ lục (.docx) theo thể thức Nghị định 30, để hoàn thiện trong Word</source>
        <translation>The plan with its appendix (.docx) in the Decree 30 layout, to finish in Word</translation>
    </message>
    <message>
        <source>&amp;Xuất phụ lục ra Excel…</source>
        <translation>&amp;Export appendix to Excel…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Xuất danh sách &amp;tin bài ra Excel…</source>
        <translation>Export &amp;articles to Excel…</translation>
    </message>
    <message>
        <source>&amp;Duyệt kế hoạch…</source>
        <translation>&amp;Approve plan…</translation>
    </message>
    <message>
        <source>&amp;Ban hành…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>&amp;Trả lại dự thảo…</source>
        <translation>&amp;Return to draft…</translation>
    </message>
    <message>
        <source>&amp;Lịch sử kế hoạch…</source>
        <translation>Plan &amp;history…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Đổi &amp;người dùng…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Tài khoản…</source>
        <translation>&amp;Accounts…</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Trường</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Phòng GD&amp;ĐT</source>
        <translation>District education office</translation>
    </message>
    <message>
        <source>Sở GD&amp;ĐT</source>
        <translation>Provincial education department</translation>
    </message>
    <message>
        <source>Chào mừng đến với KeHoach Desktop</source>
        <translation>Welcome to KeHoach Desktop</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Thông tin đơn vị</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>Nhập thông tin cơ quan, đơn vị ban hành kế hoạch. Các thông tin này xuất hiện ở phần đầu văn bản theo Nghị định 30/2020/NĐ-CP.</source>
        <translation>Enter the details of the office that issues the plan. They appear in the document header as Decree 30/2020/NĐ-CP requires.</translation>
    </message>
    <message>
        <source>Cơ quan &amp;chủ quản:</source>
        <translation>&amp;Parent authority:</translation>
    </message>
    <message>
        <source>UBND HUYỆN LẠC THỦY</source>
        <translation>UBND HUYỆN LẠC THỦY</translation>
    </message>
    <message>
        <source>&amp;Tên đơn vị (*):</source>
        <translation>Office &amp;name (*):</translation>
    </message>
    <message>
        <source>Phòng Giáo dục và Đào tạo huyện Lạc Thủy</source>
        <translation>Phòng Giáo dục và Đào tạo huyện Lạc Thủy</translation>
    </message>
    <message>
        <source>Chữ viết tắt &amp;trong số ký hiệu:</source>
        <translation>&amp;Abbreviation in document numbers:</translation>
    </message>
    <message>
        <source>GD&amp;ĐT (số ký hiệu: 01/KH-GD&amp;ĐT)</source>
        <translation>GD&amp;ĐT (numbers: 01/KH-GD&amp;ĐT)</translation>
    </message>
    <message>
        <source>Địa &amp;danh:</source>
        <translation>P&amp;lace name:</translation>
    </message>
    <message>
        <source>Lạc Thủy</source>
        <translation>Lạc Thủy</translation>
    </message>
    <message>
        <source>&amp;Cấp:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Thư điện tử của đơn vị:</source>
        <translation>Office &amp;e-mail:</translation>
    </message>
    <message>
        <source>Thư điện tử cơ quan &amp;cấp trên:</source>
        <translation>&amp;Superior office e-mail:</translation>
    </message>
    <message>
        <source>Tên trong tiêu đề &amp;văn bản:</source>
        <translation>Name in the document &amp;header:</translation>
    </message>
    <message>
        <source>tự động; hoặc: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | HUYỆN LẠC THỦY</source>
        <translation>automatic; or: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | HUYỆN LẠC THỦY</translation>
    </message>
    <message>
        <source>Chỗ xuống dòng của tên đơn vị ở góc trái tiêu đề văn bản, đánh dấu bằng dấu |. Để trống: xuống dòng tự động ở ranh giới cụm từ.</source>
        <translation>Where the office name breaks in the left column of the document header, marked with |. Empty: it breaks at a phrase boundary automatically.</translation>
    </message>
    <message>
        <source>Văn phòng đã có máy chủ dữ liệu dùng chung?</source>
        <translation>Does the office already have a shared data server?</translation>
    </message>
    <message>
        <source>&amp;Kết nối máy chủ của văn phòng…</source>
        <translation>&amp;Connect to the office&apos;s server…</translation>
    </message>
    <message>
        <source>Tải &amp;dữ liệu mẫu (Kế hoạch truyền thông năm 2024 của Phòng GD&amp;ĐT huyện Lạc Thủy)</source>
        <translation>Load &amp;demo data (the 2024 communication plan of the Lạc Thủy district education office)</translation>
    </message>
</context>
<context>
    <name>OfficeOps</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Đã lưu lựa chọn. Mở lại KeHoach ngay để dùng cơ sở dữ liệu mới?</source>
        <translation>Choice saved. Restart KeHoach now to use the new database?</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Vấn đề dư luận</source>
        <translation>Public-opinion issue</translation>
    </message>
    <message>
        <source>Ngày &amp;phát hiện:</source>
        <translation>&amp;Noticed on:</translation>
    </message>
    <message>
        <source>&amp;Nguồn:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Đường &amp;dẫn:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Tóm tắt (*):</source>
        <translation>S&amp;ummary (*):</translation>
    </message>
    <message>
        <source>&amp;Mức độ:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <source>Người &amp;xử lý:</source>
        <translation>&amp;Handled by:</translation>
    </message>
    <message>
        <source>&amp;Biện pháp đã làm:</source>
        <translation>&amp;Actions taken:</translation>
    </message>
    <message>
        <source>&amp;Trạng thái:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Đã báo cáo cơ quan cấp trên</source>
        <translation>Reported to the superior office</translation>
    </message>
</context>
<context>
    <name>OpinionView</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Vấn đề</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Mức độ</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Biện pháp</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Báo cáo cấp trên</source>
        <translation>Reported upward</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Ghi vấn đề…</source>
        <translation>Log issue…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Chỉ vấn đề chưa xử lý xong</source>
        <translation>Only issues not yet resolved</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gửi tới</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Xóa thư chưa gửi</source>
        <translation>Delete unsent message</translation>
    </message>
    <message>
        <source>Xóa thư «{0}» khỏi hộp thư đi? Thư này chưa được gửi và sẽ không được gửi nữa.</source>
        <translation>Delete the message “{0}” from the outbox? It has not been sent and will not be sent.</translation>
    </message>
    <message>
        <source>Đã xóa thư khỏi hộp thư đi.</source>
        <translation>The message was deleted from the outbox.</translation>
    </message>
    <message>
        <source>Đã gửi.</source>
        <translation>Sent.</translation>
    </message>
    <message>
        <source>Hộp thư đi</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>&amp;Gửi lại</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>Lưu thành tệp .&amp;eml…</source>
        <translation>Save as .&amp;eml…</translation>
    </message>
    <message>
        <source>&amp;Xóa thư chưa gửi</source>
        <translation>&amp;Delete unsent message</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>OwnershipView</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Quý {0}</source>
        <translation>Quarter {0}</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Phụ trách</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung/Chủ đề</source>
        <translation>Content/Theme</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>{0} nội dung</source>
        <translation>{0} themes</translation>
    </message>
    <message>
        <source>Quý {0}: {1}</source>
        <translation>Q{0}: {1}</translation>
    </message>
    <message>
        <source>Xem theo:</source>
        <translation>View by:</translation>
    </message>
    <message>
        <source>Mọi kế hoạch</source>
        <translation>All plans</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Xem trước: {0}</source>
        <translation>Preview: {0}</translation>
    </message>
    <message>
        <source>{0} trang</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Không lưu được {0}: {1}</source>
        <translation>Could not save {0}: {1}</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Lưu PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Ký số…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <source>Ký số văn bản đã duyệt (Nghị định 30): chữ ký của thủ trưởng, rồi chữ ký và con dấu của cơ quan</source>
        <translation>Sign an approved document (Decree 30): the head&apos;s signature, then the office&apos;s signature and seal</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Gửi thư…</source>
        <translation>Send &amp;mail…</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>PeriodReplaceDialog</name>
    <message>
        <source>Các tiêu đề và hình thức sau trong phụ lục còn ghi «{0}». Đánh dấu những chỗ cần đổi thành «{1}» trong kế hoạch mới (kế hoạch cũ giữ nguyên):</source>
        <translation>These titles and forms in the appendix still say “{0}”. Tick the ones to change to “{1}” in the new plan (the old plan stays as it is):</translation>
    </message>
    <message>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Thay thời kỳ trong phụ lục</source>
        <translation>Replace the period in the appendix</translation>
    </message>
    <message>
        <source>Chọn &amp;tất cả</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Bỏ chọn tất cả</source>
        <translation>&amp;Deselect all</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>tháng {0}/{1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {0}</source>
        <translation>first half of {0}</translation>
    </message>
    <message>
        <source>6 tháng cuối năm {0}</source>
        <translation>second half of {0}</translation>
    </message>
    <message>
        <source>năm {0}</source>
        <translation>year {0}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>(không thuộc đơn vị nào)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>Sửa cán bộ</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Họ tên (*):</source>
        <translation>&amp;Name (*):</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Điện &amp;thoại:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Thư điện &amp;tử:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Phần (I, II, …)</source>
        <translation>Part (I, II, …)</translation>
    </message>
    <message>
        <source>Mục (1., 1.1.)</source>
        <translation>Item (1., 1.1.)</translation>
    </message>
    <message>
        <source>Đoạn văn</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Gạch đầu dòng (-)</source>
        <translation>Bullet (-)</translation>
    </message>
    <message>
        <source>(ký trực tiếp)</source>
        <translation>(signs directly)</translation>
    </message>
    <message>
        <source>Số: {0}    —    {1}</source>
        <translation>No.: {0}    —    {1}</translation>
    </message>
    <message>
        <source>Sửa kế hoạch</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <source>Sửa căn cứ</source>
        <translation>Edit basis</translation>
    </message>
    <message>
        <source>Sửa nơi nhận</source>
        <translation>Edit recipients</translation>
    </message>
    <message>
        <source>Sửa mục</source>
        <translation>Edit section</translation>
    </message>
    <message>
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Mục mới</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Nội dung mới</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Xóa mục</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <source>Xóa mục «{0}» cùng {1} mục con? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Delete section “{0}” with its {1} subsections? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Chuyển mục</source>
        <translation>Move section</translation>
    </message>
    <message>
        <source>Phần đầu văn bản</source>
        <translation>Document header</translation>
    </message>
    <message>
        <source>&amp;Số:</source>
        <translation>N&amp;o.:</translation>
    </message>
    <message>
        <source>để trống</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>KH-SGDĐT</source>
        <translation>KH-SGDĐT</translation>
    </message>
    <message>
        <source>&amp;Thời kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>2024 · 2024-2025 · 2021-2025</source>
        <translation>2024 · 2024-2025 · 2021-2025</translation>
    </message>
    <message>
        <source>Một năm (2024), một năm học (2024-2025) hoặc một giai đoạn (2021-2025)</source>
        <translation>A year (2024), a school year (2024-2025) or a range (2021-2025)</translation>
    </message>
    <message>
        <source>Địa &amp;danh:</source>
        <translation>P&amp;lace name:</translation>
    </message>
    <message>
        <source>Ngà&amp;y ban hành:</source>
        <translation>Issue &amp;date:</translation>
    </message>
    <message>
        <source>đã có ngày</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>Tên &amp;kế hoạch:</source>
        <translation>Plan &amp;title:</translation>
    </message>
    <message>
        <source>Truyền thông về Giáo dục và Đào tạo năm 2024</source>
        <translation>Truyền thông về Giáo dục và Đào tạo năm 2024</translation>
    </message>
    <message>
        <source>Căn cứ và mở đầu</source>
        <translation>Basis and opening</translation>
    </message>
    <message>
        <source>Căn cứ / thực hiện (mỗi văn bản một dòng):</source>
        <translation>Basis references (one document per line):</translation>
    </message>
    <message>
        <source>Đoạn mở đầu:</source>
        <translation>Opening paragraph:</translation>
    </message>
    <message>
        <source>Nội dung văn bản</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Thêm mục con</source>
        <translation>Add subsection</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Lên trên (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Xuống dưới (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Tiêu đề:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Kết thúc, nơi nhận, người ký</source>
        <translation>Closing, recipients, signer</translation>
    </message>
    <message>
        <source>Đoạn kết:</source>
        <translation>Closing paragraph:</translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi nơi một dòng; mục đích trong ngoặc, ví dụ: Sở GD&amp;ĐT (để b/c)):</source>
        <translation>Recipients (one per line; purpose in brackets, e.g. Sở GD&amp;ĐT (để b/c)):</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Quyền hạn:</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>TRƯỞNG PHÒNG</source>
        <translation>TRƯỞNG PHÒNG</translation>
    </message>
    <message>
        <source>Họ tên:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>PlanOps</name>
    <message>
        <source>Truyền thông về Giáo dục và Đào tạo năm {0}</source>
        <translation>Truyền thông về Giáo dục và Đào tạo năm {0}</translation>
    </message>
    <message>
        <source>Tạo kế hoạch</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <source>Sao chép sang kỳ mới</source>
        <translation>Copy to a new period</translation>
    </message>
    <message>
        <source>Thời kỳ của kế hoạch mới (năm, năm học hoặc giai đoạn).
Nhóm, nội dung, đơn vị và người phụ trách được giữ; số và ngày được xóa.</source>
        <translation>Period of the new plan (a year, a school year or a range).
Groups, themes, units and owners are kept; number and date are cleared.</translation>
    </message>
    <message>
        <source>Sao chép kế hoạch</source>
        <translation>Copy plan</translation>
    </message>
    <message>
        <source>Xóa kế hoạch</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>Xóa kế hoạch «{0}» ({1}) cùng {2} nhóm và {3} nội dung?
Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Delete plan “{0}” ({1}) with its {2} groups and {3} themes?
You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Đang tạo kế hoạch mẫu…</source>
        <translation>Creating the demo plan…</translation>
    </message>
    <message>
        <source>(chưa có số)</source>
        <translation>(no number yet)</translation>
    </message>
    <message>
        <source>Duyệt kế hoạch</source>
        <translation>Approve plan</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Thời kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Ban hành kế hoạch</source>
        <translation>Issue plan</translation>
    </message>
    <message>
        <source>Số văn bản (số và ngày không sửa được sau khi ban hành):</source>
        <translation>Document number (number and date are fixed once issued):</translation>
    </message>
    <message>
        <source>Ngày ban hành (dd/mm/yyyy):</source>
        <translation>Issue date (dd/mm/yyyy):</translation>
    </message>
    <message>
        <source>«{0}» không phải ngày.</source>
        <translation>“{0}” is not a date.</translation>
    </message>
    <message>
        <source>Trả lại dự thảo</source>
        <translation>Return to draft</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Lịch sử kế hoạch «{0}»</source>
        <translation>History of plan “{0}”</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>Half year</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>tháng {0}</source>
        <translation>month {0}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>first half</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>second half</translation>
    </message>
    <message>
        <source>Báo cáo {0} ({1:%d/%m/%Y} – {2:%d/%m/%Y}): {3} tin bài đã đăng. Hạn gửi: trước ngày {4:%d/%m/%Y}.</source>
        <translation>Report for {0} ({1:%d/%m/%Y} – {2:%d/%m/%Y}): {3} articles published. Due before {4:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Đã gửi: {0}</source>
        <translation>Sent: {0}</translation>
    </message>
    <message>
        <source>Chưa gửi báo cáo kỳ này.</source>
        <translation>This report has not been sent yet.</translation>
    </message>
    <message>
        <source>Đã duyệt ({0}, {1:%d/%m/%Y})</source>
        <translation>Approved ({0}, {1:%d/%m/%Y})</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Duyệt báo cáo</source>
        <translation>Approve the report</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Trả lại dự thảo</source>
        <translation>Return to draft</translation>
    </message>
    <message>
        <source>Lý do trả lại (bản đã ký số, nếu có, hết hiệu lực):</source>
        <translation>Reason for returning it (a signed copy, if any, is no longer in force):</translation>
    </message>
    <message>
        <source>Đang tạo báo cáo…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
    <message>
        <source>Đang xuất Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>Xuất Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Đang tạo văn bản Word…</source>
        <translation>Making the Word document…</translation>
    </message>
    <message>
        <source>Gói báo cáo</source>
        <translation>Report package</translation>
    </message>
    <message>
        <source>Gói báo cáo KeHoach (*.khbc)</source>
        <translation>KeHoach report packages (*.khbc)</translation>
    </message>
    <message>
        <source>Đã lưu {0}. Gửi tệp này cho cấp trên (thư gửi báo cáo tự đính kèm gói).</source>
        <translation>Saved {0}. Send this file to the superior office (the report e-mail attaches the package itself).</translation>
    </message>
    <message>
        <source>Đang tạo gói báo cáo…</source>
        <translation>Making the report package…</translation>
    </message>
    <message>
        <source>Đang chuẩn bị thư báo cáo…</source>
        <translation>Preparing the report message…</translation>
    </message>
    <message>
        <source>Báo cáo kết quả công tác truyền thông</source>
        <translation>Communication results report</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>tính từ ngày 15 tháng trước đến ngày 14</source>
        <translation>from the 15th of the previous month to the 14th</translation>
    </message>
    <message>
        <source>&amp;Duyệt báo cáo…</source>
        <translation>&amp;Approve the report…</translation>
    </message>
    <message>
        <source>Thủ trưởng duyệt báo cáo (nhập lại mật khẩu); báo cáo đã duyệt mới ký số được</source>
        <translation>The head of office approves the report (giving their password again); only an approved report can be signed</translation>
    </message>
    <message>
        <source>&amp;Trả lại dự thảo…</source>
        <translation>&amp;Return to draft…</translation>
    </message>
    <message>
        <source>I. Chỉ đạo, tổ chức thực hiện</source>
        <translation>I. Direction and organisation</translation>
    </message>
    <message>
        <source>III. Đánh giá chung</source>
        <translation>III. Assessment</translation>
    </message>
    <message>
        <source>IV. Đề xuất, kiến nghị</source>
        <translation>IV. Proposals</translation>
    </message>
    <message>
        <source>Lưu &amp;nội dung</source>
        <translation>Save &amp;text</translation>
    </message>
    <message>
        <source>&amp;Xem trước PDF…</source>
        <translation>&amp;Preview PDF…</translation>
    </message>
    <message>
        <source>Xuất &amp;Excel…</source>
        <translation>Export &amp;Excel…</translation>
    </message>
    <message>
        <source>Một tệp .khbc gửi cấp trên: số liệu, báo cáo PDF và Excel, danh sách tin bài với mã băm minh chứng; cấp trên nhận bằng KeHoach</source>
        <translation>One .khbc file for the superior office: the figures, the report PDF and Excel, the articles with evidence hashes; the superior receives it with KeHoach</translation>
    </message>
    <message>
        <source>Gói báo &amp;cáo…</source>
        <translation>Report pa&amp;ckage…</translation>
    </message>
    <message>
        <source>Xuất &amp;Word…</source>
        <translation>Export to &amp;Word…</translation>
    </message>
    <message>
        <source>Báo cáo (.docx) theo thể thức Nghị định 30, để hoàn thiện trong Word</source>
        <translation>The report (.docx) in the Decree 30 layout, to finish in Word</translation>
    </message>
    <message>
        <source>&amp;Gửi thư…</source>
        <translation>Send &amp;mail…</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Thời điểm</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Tin bài</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tốt</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Hỏng, không dùng được</source>
        <translation>Damaged, unusable</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {0}.</source>
        <translation>Backed up to {0}.</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu {0} ({1} kế hoạch, {2} tin bài)?
Dữ liệu hiện tại được sao lưu trước khi khôi phục.</source>
        <translation>Replace all current data with the backup of {0} ({1} plans, {2} articles)?
The current data is backed up before restoring.</translation>
    </message>
    <message>
        <source>Đã khôi phục. Dữ liệu trước đó được sao lưu tại {0}.</source>
        <translation>Restored. The data before is backed up at {0}.</translation>
    </message>
    <message>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Các bản sao lưu, mới nhất trước. Khôi phục thay toàn bộ dữ liệu hiện tại bằng bản đã chọn; dữ liệu hiện tại được sao lưu trước.</source>
        <translation>The backups, newest first. Restoring replaces all current data with the chosen backup; the current data is backed up first.</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Khôi phục bản đã chọn…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới có hiệu lực khi mở lại chương trình.</source>
        <translation>The new language takes effect when the application is reopened.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Thủ trưởng đơn vị ký</source>
        <translation>The head of office signs</translation>
    </message>
    <message>
        <source>Cơ quan ký, đóng dấu (sau thủ trưởng)</source>
        <translation>The office signs with its seal (after the head)</translation>
    </message>
    <message>
        <source>Cơ quan ký tệp đính kèm (không hình ảnh)</source>
        <translation>The office signs an attachment (no image)</translation>
    </message>
    <message>
        <source>Văn bản: {0}
Chữ ký hiện có: {1}</source>
        <translation>Document: {0}
Signatures on it: {1}</translation>
    </message>
    <message>
        <source>«{0}» qua {1}</source>
        <translation>“{0}” through {1}</translation>
    </message>
    <message>
        <source>chưa cài đặt (Công cụ › Cài đặt ký số…)</source>
        <translation>not set up (Tools › Signing settings…)</translation>
    </message>
    <message>
        <source>Tệp chứng thư số (*.p12 *.pfx)</source>
        <translation>Certificate files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>&amp;Ký</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>Không còn chữ ký nào bạn ký được trên văn bản này.</source>
        <translation>There is no signature left that you may add to this document.</translation>
    </message>
    <message>
        <source>Ảnh con &amp;dấu (PNG nền trong suốt):</source>
        <translation>Seal &amp;image (PNG, transparent background):</translation>
    </message>
    <message>
        <source>Ảnh &amp;chữ ký (PNG nền trong suốt):</source>
        <translation>Signature &amp;image (PNG, transparent background):</translation>
    </message>
    <message>
        <source>Chọn tệp</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Hãy chọn tệp chứng thư số (.p12, .pfx).</source>
        <translation>Choose the certificate file (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Đang ký số…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Ký số văn bản</source>
        <translation>Sign the document</translation>
    </message>
    <message>
        <source>&amp;Ký với tư cách:</source>
        <translation>Sign &amp;as:</translation>
    </message>
    <message>
        <source>Tệp chứng thư &amp;số (.p12, .pfx):</source>
        <translation>Certificate &amp;file (.p12, .pfx):</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu tệp chứng thư:</source>
        <translation>Certificate &amp;password:</translation>
    </message>
    <message>
        <source>Thiết bị ký số (&amp;USB token):</source>
        <translation>&amp;USB token:</translation>
    </message>
    <message>
        <source>Mã &amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Số, ký hiệu văn bản:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>của văn bản mà tệp này kèm theo, ví dụ: Số: 182/KH-PGDĐT</source>
        <translation>of the document this file goes with, e.g. Số: 182/KH-PGDĐT</translation>
    </message>
</context>
<context>
    <name>SignatureSettings</name>
    <message>
        <source>Cài đặt ký số</source>
        <translation>Signing settings</translation>
    </message>
    <message>
        <source>&amp;Thư viện PKCS#11 của thiết bị ký số:</source>
        <translation>The token&apos;s PKCS#11 &amp;library:</translation>
    </message>
    <message>
        <source>tệp .dll (Windows) hoặc .so của nhà cung cấp USB token</source>
        <translation>the USB token vendor&apos;s .dll (Windows) or .so file</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Nhãn thiết bị:</source>
        <translation>Token &amp;label:</translation>
    </message>
    <message>
        <source>Máy chủ &amp;dấu thời gian (TSA):</source>
        <translation>&amp;Timestamp server (TSA):</translation>
    </message>
    <message>
        <source>http://… (để trống nếu không dùng)</source>
        <translation>http://… (leave empty if unused)</translation>
    </message>
    <message>
        <source>Chứng thư gốc &amp;tin cậy (để kiểm tra chữ ký số của văn bản nhận được):</source>
        <translation>&amp;Trusted root certificates (to check the signatures of documents received):</translation>
    </message>
    <message>
        <source>&amp;Thêm chứng thư gốc…</source>
        <translation>&amp;Add a root certificate…</translation>
    </message>
    <message>
        <source>&amp;Bỏ</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>SignatureSettingsDialog</name>
    <message>
        <source>Thư viện PKCS#11</source>
        <translation>PKCS#11 library</translation>
    </message>
    <message>
        <source>Thư viện (*.dll *.so *.dylib);;Mọi tệp (*)</source>
        <translation>Libraries (*.dll *.so *.dylib);;All files (*)</translation>
    </message>
    <message>
        <source>Chứng thư gốc tin cậy</source>
        <translation>Trusted root certificate</translation>
    </message>
    <message>
        <source>Chứng thư số (*.pem *.crt *.cer *.der);;Mọi tệp (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>thủ trưởng</source>
        <translation>head of office</translation>
    </message>
    <message>
        <source>cơ quan</source>
        <translation>office</translation>
    </message>
    <message>
        <source>cơ quan, tệp đính kèm</source>
        <translation>office, attachment</translation>
    </message>
    <message>
        <source> lúc {0}</source>
        <translation> at {0}</translation>
    </message>
    <message>
        <source>hợp lệ</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>ĐÃ BỊ SỬA SAU KHI KÝ</source>
        <translation>CHANGED AFTER SIGNING</translation>
    </message>
    <message>
        <source>chữ ký không hợp lệ</source>
        <translation>the signature is not valid</translation>
    </message>
    <message>
        <source>chứng thư không thuộc nơi cấp tin cậy</source>
        <translation>the certificate is not from a trusted issuer</translation>
    </message>
    <message>
        <source>Văn bản chưa được ký số.</source>
        <translation>The document is not signed.</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Toàn đơn vị</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mỗi trường trực thuộc</source>
        <translation>Each school</translation>
    </message>
    <message>
        <source>Mỗi bộ phận</source>
        <translation>Each department</translation>
    </message>
    <message>
        <source>Mỗi đối tác</source>
        <translation>Each partner</translation>
    </message>
    <message>
        <source>Mỗi đơn vị</source>
        <translation>Each unit</translation>
    </message>
    <message>
        <source>tháng</source>
        <translation>month</translation>
    </message>
    <message>
        <source>quý</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>Half year</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <source>{0}: ít nhất {1} tin bài/{2}</source>
        <translation>{0}: at least {1} articles/{2}</translation>
    </message>
    <message>
        <source> trên {0}</source>
        <translation> on {0}</translation>
    </message>
    <message>
        <source> (loại {0})</source>
        <translation> (kind {0})</translation>
    </message>
    <message>
        <source>tháng {0}/{1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>Quý {0}/{1}</source>
        <translation>Q{0}/{1}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {0}</source>
        <translation>first half of {0}</translation>
    </message>
    <message>
        <source>6 tháng cuối năm {0}</source>
        <translation>second half of {0}</translation>
    </message>
    <message>
        <source>năm {0}</source>
        <translation>year {0}</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Toàn đơn vị</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <source>Mỗi đơn vị loại: {0}</source>
        <translation>Each unit of kind: {0}</translation>
    </message>
    <message>
        <source>Một đơn vị:</source>
        <translation>One unit:</translation>
    </message>
    <message>
        <source>tháng</source>
        <translation>month</translation>
    </message>
    <message>
        <source>quý</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>Half year</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Đạt được</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Chọn một chỉ số trong bảng trước.</source>
        <translation>Select an indicator in the table first.</translation>
    </message>
    <message>
        <source>Chỉ tiêu và chỉ số</source>
        <translation>Targets and indicators</translation>
    </message>
    <message>
        <source>Chỉ tiêu số tin bài</source>
        <translation>Article targets</translation>
    </message>
    <message>
        <source>ít nhất</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>tin bài mỗi</source>
        <translation>articles per</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Chỉ số (tỷ lệ %, số lượng)</source>
        <translation>Indicators (percentages, numbers)</translation>
    </message>
    <message>
        <source>Tên chỉ số, ví dụ: Tỷ lệ hồ sơ giải quyết trực tuyến</source>
        <translation>Indicator name, e.g. share of applications handled online</translation>
    </message>
    <message>
        <source>Thêm chỉ số</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Giá trị đạt được của chỉ số đang chọn:</source>
        <translation>Value reached by the selected indicator:</translation>
    </message>
    <message>
        <source>Ghi</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Tên đơn vị (*):</source>
        <translation>Office &amp;name (*):</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Thư điện tử:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>nơi gửi thư nhắc báo cáo (với trường trực thuộc)</source>
        <translation>where report reminders go (for a school)</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Bộ phận nội bộ</source>
        <translation>Internal department</translation>
    </message>
    <message>
        <source>Trường trực thuộc</source>
        <translation>School under the office</translation>
    </message>
    <message>
        <source>Đối tác bên ngoài</source>
        <translation>Outside partner</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Số nội dung</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Thêm kênh</source>
        <translation>Add channel</translation>
    </message>
    <message>
        <source>Tên kênh (ví dụ: Báo Hòa Bình):</source>
        <translation>Channel name (e.g. Báo Hòa Bình):</translation>
    </message>
    <message>
        <source>Loại kênh:</source>
        <translation>Channel kind:</translation>
    </message>
    <message>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Xóa đơn vị «{0}»?</source>
        <translation>Delete unit “{0}”?</translation>
    </message>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Xóa cán bộ</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Xóa cán bộ «{0}»? Các nội dung do người này phụ trách sẽ chưa có người phụ trách.</source>
        <translation>Delete person “{0}”? Themes they own will have no owner.</translation>
    </message>
    <message>
        <source>Đơn vị (phòng ban, trường trực thuộc, đối tác)</source>
        <translation>Units (departments, schools, partners)</translation>
    </message>
    <message>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cán bộ đầu mối</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Thêm cán bộ…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>Kênh truyền thông</source>
        <translation>Communication channels</translation>
    </message>
    <message>
        <source>Thêm kênh…</source>
        <translation>Add channel…</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đã khóa</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Tạm khóa</source>
        <translation>Locked for now</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Mật khẩu mới cho «{0}»:</source>
        <translation>New password for “{0}”:</translation>
    </message>
    <message>
        <source>Đã đặt lại mật khẩu của «{0}».</source>
        <translation>Password of “{0}” reset.</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Mật khẩu (ít nhất 6 ký tự)</source>
        <translation>Password (at least 6 characters)</translation>
    </message>
    <message>
        <source>Người duyệt</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Người soạn thảo</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Khóa / mở khóa</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <source>Đang mở ở nơi khác</source>
        <translation>Open elsewhere</translation>
    </message>
    <message>
        <source>Dữ liệu này đang được mở để ghi bởi một cửa sổ KeHoach khác ({0}).

Cửa sổ này chỉ để xem: mọi thay đổi sẽ không được lưu. Hãy dùng cửa sổ kia để sửa.</source>
        <translation>This data is open for writing in another KeHoach window ({0}).

This window is for viewing only: changes will not be saved. Use the other window to edit.</translation>
    </message>
    <message>
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Cài đặt kết nối…</source>
        <translation>Connection settings…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>(chưa kết nối được)</source>
        <translation>(not connected)</translation>
    </message>
    <message>
        <source>Dữ liệu bị hỏng</source>
        <translation>Damaged data</translation>
    </message>
</context>
<context>
    <name>approval</name>
    <message>
        <source>Nhập lại mật khẩu của bạn để duyệt (như chữ ký):</source>
        <translation>Enter your password again to approve (as a signature):</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Đã có người sửa trước</source>
        <translation>Someone else saved first</translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Ghi đè</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong đợi. Thao tác vừa rồi có thể chưa được lưu; dữ liệu đã lưu trước đó không bị ảnh hưởng.</source>
        <translation>An unexpected error occurred. The last action may not have been saved; data saved before it is not affected.</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>Mật khẩu thư</source>
        <translation>Mail password</translation>
    </message>
    <message>
        <source>Mật khẩu của {0}:</source>
        <translation>Password of {0}:</translation>
    </message>
    <message>
        <source>Đang gửi thư…</source>
        <translation>Sending the message…</translation>
    </message>
    <message>
        <source>Lưu thư</source>
        <translation>Save message</translation>
    </message>
    <message>
        <source>Thư điện tử (*.eml)</source>
        <translation>E-mail message (*.eml)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Kiểm tra chữ ký số</source>
        <translation>Check digital signatures</translation>
    </message>
    <message>
        <source>Văn bản PDF, gói báo cáo (*.pdf *.khbc);;Mọi tệp (*)</source>
        <translation>PDF documents, report packages (*.pdf *.khbc);;All files (*)</translation>
    </message>
    <message>
        <source>Đang kiểm tra chữ ký số…</source>
        <translation>Checking the digital signatures…</translation>
    </message>
    <message>
        <source>{0}: chứng thư do «{1}» cấp; {2}</source>
        <translation>{0}: certificate issued by “{1}”; {2}</translation>
    </message>
    <message>
        <source>; có dấu thời gian</source>
        <translation>; timestamped</translation>
    </message>
    <message>
        <source>Chữ ký số</source>
        <translation>Digital signatures</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
