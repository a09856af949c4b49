<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Ferry::AddDialog</name>
    <message>
        <source>Add &amp;paused</source>
        <translation>以暫停狀態新增(&amp;P)</translation>
    </message>
    <message>
        <source>Add Download</source>
        <translation>新增下載</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>https://example.org/file.iso
One URL per line</source>
        <translation>https://example.org/file.iso
每行一個網址</translation>
    </message>
    <message>
        <source>URLs, one per line</source>
        <translation>網址，每行一個</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>圖示檔案</translation>
    </message>
    <message>
        <source>Icon preview</source>
        <translation>圖示預覽</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>目的地資料夾</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>大小上限</translation>
    </message>
    <message>
        <source>The download fails if it grows larger than this</source>
        <translation>下載超過此大小即告失敗</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Size limit unit</source>
        <translation>大小上限的單位</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>每個檔案的連線數</translation>
    </message>
    <message>
        <source>Optional: one SHA-256 (hex) or SRI checksum per URL, in the same order</source>
        <translation>選填：每個網址一個 SHA-256（十六進位）或 SRI 校驗碼，順序與網址相同</translation>
    </message>
    <message>
        <source>Checksums, one per URL</source>
        <translation>校驗碼，每個網址一個</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Choose an icon file</source>
        <translation>選擇圖示檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>選擇目的地資料夾</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>網址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>圖示(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>儲存至(&amp;S)：</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>大小上限(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>連線數(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;hecksums:</source>
        <translation>校驗碼(&amp;H)：</translation>
    </message>
    <message>
        <source>There are more checksums than URLs.</source>
        <translation>校驗碼比網址多。</translation>
    </message>
    <message>
        <source>Checksum %1 is not valid: use 64 hex digits (SHA-256) or sha256-, sha384- or sha512- followed by base64.</source>
        <translation>第 %1 個校驗碼無效：請使用 64 個十六進位數字（SHA-256），或以 sha256-、sha384-、sha512- 開頭再接 base64。</translation>
    </message>
    <message>
        <source>This is not an image Ferry can read.</source>
        <translation>Ferry 無法讀取這個圖片。</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>圖示</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg *.ico *.gif)</source>
        <translation>圖片 (*.png *.svg *.jpg *.jpeg *.ico *.gif)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>儲存至</translation>
    </message>
    <message>
        <source>Download the URLs as one &amp;group (one row, one result)</source>
        <translation>將這些網址作為一個群組下載(&amp;G)（一列、一個結果）</translation>
    </message>
    <message>
        <source>Unticked, each URL is a download of its own, to pause, retry and open by itself</source>
        <translation>未勾選時，每個網址都是獨立的下載，可以個別暫停、重試與開啟</translation>
    </message>
    <message>
        <source>What the server says</source>
        <translation>伺服器的回應</translation>
    </message>
    <message>
        <source>Each download is named after its file</source>
        <translation>每個下載以其檔名命名</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Downloads</source>
        <translation>
            <numerusform>新增 %n 個下載(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::CliArguments</name>
    <message>
        <source>Ferry, a download manager.

  ferry [URL...]              open the window; URLs become one registration
  ferry fetch [options] URL...  download without a window, then exit
  ferry resume ID             continue an interrupted registration
  ferry list [--json]         active and finished registrations
  ferry show ID [--json]      one registration with its records
  ferry pause ID | abort ID   act on a registration

Exit status: 0 success, 1 finished with a failure, 2 usage or validation error,
130 interrupted (the registration is saved and can be resumed).

Run &quot;ferry COMMAND --help&quot; for the options of a command.</source>
        <extracomment>The command words (fetch, list, --json...) stay in English; keep the descriptions lined up.</extracomment>
        <translation>Ferry，下載管理程式。

  ferry [URL...]              開啟視窗；這些網址成為一筆註冊
  ferry fetch [選項] URL...   不開視窗下載，完成後結束
  ferry resume ID             繼續一筆中斷的註冊
  ferry list [--json]         進行中與已結束的註冊
  ferry show ID [--json]      一筆註冊及其紀錄
  ferry pause ID | abort ID   對一筆註冊執行動作

結束狀態：0 成功，1 以失敗結束，2 用法或驗證錯誤，
130 已中斷（註冊已儲存，可以繼續）。

執行「ferry 指令 --help」可查看指令的選項。</translation>
    </message>
    <message>
        <source>Download the URLs as one registration without a window, then exit.
Options that take one value per URL (--integrity) apply in URL order.
Exit status: 0 success, 1 failure, 2 invalid input, 130 interrupted.</source>
        <translation>不開視窗，將這些網址作為一筆註冊下載，完成後結束。
每個網址各取一個值的選項（--integrity）依網址順序套用。
結束狀態：0 成功，1 失敗，2 輸入無效，130 已中斷。</translation>
    </message>
    <message>
        <source>Continue an interrupted or paused registration to its end.</source>
        <translation>將中斷或暫停的註冊繼續到完成。</translation>
    </message>
    <message>
        <source>List active and finished registrations, newest first.</source>
        <translation>列出進行中與已結束的註冊，最新的在前。</translation>
    </message>
    <message>
        <source>Show one registration and its records.</source>
        <translation>顯示一筆註冊及其紀錄。</translation>
    </message>
    <message>
        <source>Pause a registration; &quot;ferry resume&quot; continues it.</source>
        <translation>暫停一筆註冊；「ferry resume」可繼續。</translation>
    </message>
    <message>
        <source>Abort a registration and delete its partial files.</source>
        <translation>中止一筆註冊並刪除其未完成的檔案。</translation>
    </message>
    <message>
        <source>DIR</source>
        <extracomment>Value name in --help: a folder.</extracomment>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>BYTES</source>
        <extracomment>Value name in --help: a byte count such as 20M.</extracomment>
        <translation>位元組</translation>
    </message>
    <message>
        <source>FILE</source>
        <extracomment>Value name in --help: a file.</extracomment>
        <translation>檔案</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>Value name in --help: a whole number.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep the database in %1 (or set FERRY_DATA_DIR).</source>
        <translation>將資料庫存放在 %1（或設定 FERRY_DATA_DIR）。</translation>
    </message>
    <message>
        <source>Print JSON (JSON lines for fetch and resume).</source>
        <translation>輸出 JSON（fetch 與 resume 輸出 JSON 行）。</translation>
    </message>
    <message>
        <source>The registration id (default: a new unique id).</source>
        <translation>註冊的 ID（預設：新的唯一 ID）。</translation>
    </message>
    <message>
        <source>TITLE</source>
        <extracomment>Value name in --help: a title.</extracomment>
        <translation>標題</translation>
    </message>
    <message>
        <source>A title to show for the registration.</source>
        <translation>為這筆註冊顯示的標題。</translation>
    </message>
    <message>
        <source>An icon: an image file or an http(s) URL.</source>
        <translation>圖示：圖片檔案或 http(s) 網址。</translation>
    </message>
    <message>
        <source>Fail once more than %1 are downloaded.</source>
        <translation>下載量超過 %1 即告失敗。</translation>
    </message>
    <message>
        <source>Save files in %1 (default: the current folder).</source>
        <translation>將檔案儲存在 %1（預設：目前的資料夾）。</translation>
    </message>
    <message>
        <source>Connections per file, 1 to 16.</source>
        <translation>每個檔案的連線數，1 到 16。</translation>
    </message>
    <message>
        <source>Limit the speed to %1 per second.</source>
        <translation>將速度限制為每秒 %1。</translation>
    </message>
    <message>
        <source>A checksum for the next URL: sha256-&lt;base64&gt; (SRI) or SHA-256 hex.</source>
        <translation>下一個網址的校驗碼：sha256-&lt;base64&gt;（SRI）或十六進位的 SHA-256。</translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>Value name in --help: an HTTP method such as GET or PUT (M for method).</extracomment>
        <translation>M</translation>
    </message>
    <message>
        <source>The HTTP method (default GET).</source>
        <translation>HTTP 方法（預設 GET）。</translation>
    </message>
    <message>
        <source>HEADER</source>
        <extracomment>Value name in --help: an HTTP header line.</extracomment>
        <translation>標頭</translation>
    </message>
    <message>
        <source>Send the header &apos;Name: value&apos; (repeatable).</source>
        <translation>送出標頭 &apos;Name: value&apos;（可重複）。</translation>
    </message>
    <message>
        <source>Upload the contents of %1 as the request body.</source>
        <translation>上傳 %1 的內容作為請求本文。</translation>
    </message>
    <message>
        <source>Retry a failed GET up to %1 times (default 5).</source>
        <translation>失敗的 GET 最多重試 %1 次（預設 5）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <extracomment>Value name in --help: a number of seconds.</extracomment>
        <translation>秒數</translation>
    </message>
    <message>
        <source>Give up on a connection that is silent for %1 (default 30).</source>
        <translation>連線靜默達 %1 即放棄（預設 30）。</translation>
    </message>
    <message>
        <source>Stop with quota-exceeded before free space drops below %1 (default 16M).</source>
        <translation>在可用空間低於 %1 之前以 quota-exceeded 停止（預設 16M）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>顯示版本。</translation>
    </message>
    <message>
        <source>The URLs to download, in order.</source>
        <translation>要下載的網址，依序排列。</translation>
    </message>
    <message>
        <source>The registration to continue.</source>
        <translation>要繼續的註冊。</translation>
    </message>
    <message>
        <source>The registration to show.</source>
        <translation>要顯示的註冊。</translation>
    </message>
    <message>
        <source>The registration to act on.</source>
        <translation>要執行動作的註冊。</translation>
    </message>
    <message>
        <source>URLs to add as one registration.</source>
        <translation>作為一筆註冊新增的網址。</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 100</source>
        <translation>--retries 需要 0 到 100 的數字</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600</source>
        <translation>--timeout 需要 1 到 3600 的秒數</translation>
    </message>
    <message>
        <source>--min-free needs a byte count, such as 0 or 1G</source>
        <translation>--min-free 需要位元組數，例如 0 或 1G</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list 不接受引數</translation>
    </message>
    <message>
        <source>exactly one registration id is needed</source>
        <translation>需要剛好一個註冊 ID</translation>
    </message>
    <message>
        <source>--download-total needs a byte count, such as 500000 or 20M</source>
        <translation>--download-total 需要位元組數，例如 500000 或 20M</translation>
    </message>
    <message>
        <source>--limit-rate needs a byte count per second, such as 2M</source>
        <translation>--limit-rate 需要每秒位元組數，例如 2M</translation>
    </message>
    <message>
        <source>--connections needs a number from 1 to 16</source>
        <translation>--connections 需要 1 到 16 的數字</translation>
    </message>
    <message>
        <source>--header needs the form &apos;Name: value&apos;, not &quot;%1&quot;</source>
        <translation>--header 需要 &apos;Name: value&apos; 的形式，而不是「%1」</translation>
    </message>
    <message>
        <source>there are more --integrity values than URLs</source>
        <translation>--integrity 的值比網址多</translation>
    </message>
    <message>
        <source>Download URLs without a window, then exit.</source>
        <translation>不開視窗下載網址，完成後結束。</translation>
    </message>
    <message>
        <source>ferry: &quot;%1&quot; is not a command or a URL</source>
        <translation>ferry：「%1」不是指令，也不是網址</translation>
    </message>
    <message>
        <source>ferry: &quot;%1&quot; is not a command or a URL; did you mean &quot;%2&quot;?</source>
        <translation>ferry：「%1」不是指令，也不是網址；您是指「%2」嗎？</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <source>&quot;ferry URL...&quot; opens the window with http or https URLs,
&quot;ferry COMMAND --help&quot; shows the options of a command.</source>
        <extracomment>&quot;ferry&quot; and &quot;--help&quot; are typed as they are; URL and COMMAND stand for what the user types.</extracomment>
        <translation>「ferry 網址...」以 http 或 https 網址開啟視窗，
「ferry 指令 --help」顯示指令的選項。</translation>
    </message>
    <message>
        <source>Stop retrying %1 after the first failure (default: no limit while tries bring new bytes).</source>
        <translation>第一次失敗後經過 %1 即停止重試（預設：只要嘗試帶來新的位元組便不設限）。</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 604800</source>
        <translation>--retry-for 需要 1 到 604800 之間的秒數</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>Value name in --help: a proxy&apos;s URL.</extracomment>
        <translation>網址</translation>
    </message>
    <message>
        <source>Use the proxy at %1 (http://, socks5://, socks5h://; &quot;none&quot; for none) instead of http_proxy, https_proxy and all_proxy.</source>
        <translation>使用位於 %1 的代理伺服器（http://、socks5://、socks5h://；「none」表示不使用），取代 http_proxy、https_proxy 與 all_proxy。</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy：%1</translation>
    </message>
    <message>
        <source>Log in to the URLs&apos; servers (never stored; ~/.netrc is read too).</source>
        <translation>登入這些網址的伺服器（絕不儲存；也會讀取 ~/.netrc）。</translation>
    </message>
    <message>
        <source>--user needs USER:PASSWORD</source>
        <translation>--user 需要 USER:PASSWORD</translation>
    </message>
</context>
<context>
    <name>Ferry::CliCommands</name>
    <message>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>active</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>no registration has the id &quot;%1&quot;</source>
        <translation>沒有 ID 為「%1」的註冊</translation>
    </message>
    <message>
        <source>id: %1
title: %2
status: %3
downloaded: %4 of %5
uploaded: %6 of %7
</source>
        <translation>ID：%1
標題：%2
狀態：%3
已下載：%4 / %5
已上傳：%6 / %7
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>[%1] %2 %3 -&gt; HTTP %4, %5 bytes, %6, %7
</source>
        <translation>[%1] %2 %3 -&gt; HTTP %4，%5 位元組，%6，%7
</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>沒有檔案</translation>
    </message>
</context>
<context>
    <name>Ferry::DesktopOpener</name>
    <message>
        <source>No application could open &quot;%1&quot;.</source>
        <translation>沒有應用程式能開啟「%1」。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>無法開啟資料夾「%1」。</translation>
    </message>
</context>
<context>
    <name>Ferry::DesktopShell</name>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry 仍在執行</translation>
    </message>
    <message>
        <source>Downloads go on in the background. Click the tray icon to bring the window back, or choose Quit in its menu to leave Ferry.</source>
        <translation>下載會在背景繼續進行。按一下系統匣圖示即可叫回視窗，或在其選單中選擇「結束」以離開 Ferry。</translation>
    </message>
</context>
<context>
    <name>Ferry::DetailsPane</name>
    <message>
        <source>&amp;Open File</source>
        <translation>開啟檔案(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在資料夾中顯示(&amp;F)</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>複製網址(&amp;R)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Files of the selected download</source>
        <translation>所選下載的檔案</translation>
    </message>
    <message>
        <source>No download selected</source>
        <translation>未選取下載</translation>
    </message>
    <message>
        <source>Select a download to see its files.</source>
        <translation>選取一個下載以查看其檔案。</translation>
    </message>
    <message>
        <source>Id %1 · added %2</source>
        <translation>ID %1 · 新增於 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Requests sent for this file, retries included</source>
        <translation>為此檔案送出的請求數，含重試</translation>
    </message>
</context>
<context>
    <name>Ferry::FetchRunner</name>
    <message>
        <source>Fetching &quot;%1&quot;</source>
        <translation>正在下載「%1」</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2（%3）</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>失敗：%1（%2）</translation>
    </message>
    <message>
        <source>Interrupted; continue with: ferry resume %1</source>
        <translation>已中斷；以此繼續：ferry resume %1</translation>
    </message>
    <message>
        <source>ferry: cannot read the outcome of &quot;%1&quot; from the database</source>
        <translation>ferry：無法從資料庫讀取「%1」的結果</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; give a login with --user USER:PASSWORD or in ~/.netrc</source>
        <translation>；請以 --user USER:PASSWORD 或在 ~/.netrc 中提供登入資訊</translation>
    </message>
</context>
<context>
    <name>Ferry::JobNotifications</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <source>Stopped after %1.</source>
        <translation>已下載 %1 後停止。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <source>%1 aborted</source>
        <translation>%1 已中止</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失敗</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads finished</source>
        <translation>
            <numerusform>%n 個下載已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloads ended, %1 failed</source>
        <translation>
            <numerusform>%n 個下載已結束，%1 個失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>重試失敗的下載</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，位於 %2</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>No downloads here yet.
Press %1 to add one, or drop a link on this window.</source>
        <translation>目前還沒有下載。
按 %1 新增，或將連結拖放到此視窗。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Search titles and ids</source>
        <translation>搜尋標題與 ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下載(&amp;D)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>1 download</source>
        <translation>1 個下載</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 個下載</translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1，已選取 %2 個</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>總計 %1</translation>
    </message>
    <message>
        <source>Remove Downloads</source>
        <translation>移除下載</translation>
    </message>
    <message>
        <source>Remove the selected download from the list?</source>
        <translation>要從清單移除所選的下載嗎？</translation>
    </message>
    <message>
        <source>Remove %1 downloads from the list?</source>
        <translation>要從清單移除 %1 個下載嗎？</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Also &amp;delete the downloaded files</source>
        <translation>一併刪除已下載的檔案(&amp;D)</translation>
    </message>
    <message>
        <source>Running downloads are stopped. Files are kept unless you tick the box below.</source>
        <translation>進行中的下載會停止。除非勾選下方的方塊，否則檔案會保留。</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationCommands</name>
    <message>
        <source>Could not add the download: %1</source>
        <translation>無法新增下載：%1</translation>
    </message>
    <message>
        <source>Could not resume &quot;%1&quot;: %2</source>
        <translation>無法繼續「%1」：%2</translation>
    </message>
    <message>
        <source>Could not abort &quot;%1&quot;: %2</source>
        <translation>無法中止「%1」：%2</translation>
    </message>
    <message>
        <source>Could not retry &quot;%1&quot;: %2</source>
        <translation>無法重試「%1」：%2</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationDelegate</name>
    <message>
        <source>%1 · sent %2</source>
        <translation>%1 · 已送出 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No file saved</source>
        <translation>未儲存任何檔案</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationModel</name>
    <message>
        <source>Id: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Show a &amp;notification when a download ends</source>
        <translation>下載結束時顯示通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Ferry running in the tray</source>
        <translation>關閉視窗後 Ferry 繼續在系統匣中執行(&amp;C)</translation>
    </message>
    <message>
        <source>Start &amp;hidden in the tray</source>
        <translation>啟動時隱藏在系統匣中(&amp;H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>下載資料夾</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>選擇下載資料夾</translation>
    </message>
    <message>
        <source>Maximum active downloads</source>
        <translation>同時進行的下載上限</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>每個檔案的連線數</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Speed limit in KiB per second</source>
        <translation>速度上限，以每秒 KiB 計</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>下載資料夾(&amp;F)：</translation>
    </message>
    <message>
        <source>Maximum &amp;active downloads:</source>
        <translation>同時進行的下載上限(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;onnections per file:</source>
        <translation>每個檔案的連線數(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>速度上限(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose a folder for downloads.</source>
        <translation>請選擇下載用的資料夾。</translation>
    </message>
    <message>
        <source>Use a full path, starting with /.</source>
        <translation>請使用以 / 開頭的完整路徑。</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>這是檔案，不是資料夾。</translation>
    </message>
    <message>
        <source>You cannot write to this folder.</source>
        <translation>您無法寫入此資料夾。</translation>
    </message>
    <message>
        <source>This folder does not exist and cannot be created.</source>
        <translation>此資料夾不存在，也無法建立。</translation>
    </message>
    <message>
        <source>Connections per server</source>
        <translation>每個伺服器的連線數</translation>
    </message>
    <message>
        <source>Open connections to one server, counting every download. One file may still use as many as its connections per file.</source>
        <translation>對同一個伺服器開啟的連線數，計入所有下載。單一檔案仍可使用多達其「每個檔案的連線數」的連線。</translation>
    </message>
    <message>
        <source>Connections in total</source>
        <translation>連線總數</translation>
    </message>
    <message>
        <source>Open connections to all servers together.</source>
        <translation>對所有伺服器開啟的連線數合計。</translation>
    </message>
    <message>
        <source>Connections per se&amp;rver:</source>
        <translation>每個伺服器的連線數(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Total connections:</source>
        <translation>連線總數(&amp;T)：</translation>
    </message>
    <message>
        <source>The total must be at least the number of connections per server.</source>
        <translation>連線總數不得少於每個伺服器的連線數。</translation>
    </message>
    <message>
        <source>From the environment (http_proxy, https_proxy, all_proxy)</source>
        <translation>從環境變數取得（http_proxy、https_proxy、all_proxy）</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理伺服器</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>使用以下代理伺服器：</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理伺服器</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 or socks5h://127.0.0.1:1080</source>
        <translation>http://proxy.example:3128 或 socks5h://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>代理伺服器網址</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理伺服器(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s URL.</source>
        <translation>請輸入代理伺服器的網址。</translation>
    </message>
    <message>
        <source>Use an http://, socks5:// or socks5h:// URL with a host.</source>
        <translation>請使用含有主機的 http://、socks5:// 或 socks5h:// 網址。</translation>
    </message>
</context>
<context>
    <name>Ferry::TerminalProgress</name>
    <message>
        <source>%1%</source>
        <extracomment>Percent done in the terminal&apos;s progress line.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>saved to %1 (%2)</source>
        <translation>已儲存至 %1（%2）</translation>
    </message>
    <message>
        <source>saved to %1 (%2 in %3, %4)</source>
        <translation>已儲存至 %1（%2，耗時 %3，%4）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, such as &quot;0.4 s&quot; or &quot;12 s&quot;.</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
</context>
<context>
    <name>Ferry::Texts</name>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>伺服器回應了錯誤</translation>
    </message>
    <message>
        <source>The download failed (network error, redirect problem or checksum mismatch)</source>
        <translation>下載失敗（網路錯誤、重新導向問題或校驗碼不符）</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>磁碟空間不足</translation>
    </message>
    <message>
        <source>The download was larger than its size limit</source>
        <translation>下載超過了大小上限</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <source>The id must not be empty</source>
        <translation>ID 不可為空</translation>
    </message>
    <message>
        <source>The id is longer than 1 MiB</source>
        <translation>ID 超過 1 MiB</translation>
    </message>
    <message>
        <source>A registration with the id &quot;%1&quot; is already active</source>
        <translation>ID 為「%1」的註冊已在進行中</translation>
    </message>
    <message>
        <source>At least one URL is needed</source>
        <translation>至少需要一個網址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>「%1」不是有效的網址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a user name or password; Ferry does not store credentials in URLs</source>
        <translation>「%1」含有使用者名稱或密碼；Ferry 不會在網址中儲存認證資訊</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>「%1」不是 http 或 https 網址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a port that is blocked for safety</source>
        <translation>「%1」使用了基於安全而封鎖的連接埠</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break and &apos;&lt;&apos;, which looks like injected markup</source>
        <translation>「%1」含有換行與 &apos;&lt;&apos;，看起來像是被注入的標記</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is blocked by policy</source>
        <translation>「%1」已被政策封鎖</translation>
    </message>
    <message>
        <source>Requests in no-cors mode cannot be fetched in the background</source>
        <translation>no-cors 模式的請求無法在背景取得</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed HTTP method</source>
        <translation>「%1」不是允許的 HTTP 方法</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is invalid or managed by Ferry itself</source>
        <translation>標頭「%1」無效，或由 Ferry 自行管理</translation>
    </message>
    <message>
        <source>Cannot read the body file &quot;%1&quot;</source>
        <translation>無法讀取本文檔案「%1」</translation>
    </message>
    <message>
        <source>GET and HEAD requests cannot have a body</source>
        <translation>GET 與 HEAD 請求不能有本文</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid checksum (expected sha256-, sha384- or sha512- followed by base64, or 64 hex digits)</source>
        <translation>「%1」不是有效的校驗碼（應為 sha256-、sha384- 或 sha512- 開頭再接 base64，或 64 個十六進位數字）</translation>
    </message>
    <message>
        <source>Cannot write to the folder &quot;%1&quot;</source>
        <translation>無法寫入資料夾「%1」</translation>
    </message>
    <message>
        <source>An option has an invalid value</source>
        <translation>有選項的值無效</translation>
    </message>
    <message>
        <source>Not enough free space in &quot;%1&quot;</source>
        <translation>「%1」的可用空間不足</translation>
    </message>
    <message>
        <source>The database could not be written: %1</source>
        <translation>無法寫入資料庫：%1</translation>
    </message>
    <message>
        <source>The registration is not active</source>
        <translation>此註冊不在進行中</translation>
    </message>
    <message>
        <source>The event is no longer active</source>
        <translation>此事件已不在進行中</translation>
    </message>
    <message>
        <source>updateUI() was already called for this event</source>
        <translation>此事件已呼叫過 updateUI()</translation>
    </message>
    <message>
        <source>The event was not created by Ferry</source>
        <translation>此事件不是由 Ferry 建立</translation>
    </message>
    <message>
        <source>The records of this registration are no longer available</source>
        <translation>此註冊的紀錄已無法取得</translation>
    </message>
    <message>
        <source>The response is not available</source>
        <translation>無法取得回應</translation>
    </message>
    <message>
        <source>Only registrations made of GET requests can be paused</source>
        <translation>只有由 GET 請求組成的註冊可以暫停</translation>
    </message>
    <message>
        <source>The registration &quot;%1&quot; is being run by another Ferry process</source>
        <translation>註冊「%1」正由另一個 Ferry 程序執行</translation>
    </message>
    <message>
        <source>No active registration has the id &quot;%1&quot;</source>
        <translation>沒有 ID 為「%1」的進行中註冊</translation>
    </message>
    <message>
        <source>URL %1: %2</source>
        <translation>網址 %1：%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>剩餘 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>剩餘 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>剩餘 %1 小時 %2 分鐘</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>剩餘 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下載中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上傳中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed: server error</source>
        <translation>失敗：伺服器錯誤</translation>
    </message>
    <message>
        <source>Failed: network or checksum error</source>
        <translation>失敗：網路或校驗碼錯誤</translation>
    </message>
    <message>
        <source>Failed: larger than its limit</source>
        <translation>失敗：超過上限</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>正在等待連線</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在連線</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>%n 秒後重試</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>正在重試</translation>
    </message>
    <message>
        <source>The server did not accept the request</source>
        <translation>伺服器不接受此請求</translation>
    </message>
    <message>
        <source>The server asks for a login</source>
        <translation>伺服器要求登入</translation>
    </message>
    <message>
        <source>The server refuses access to the file</source>
        <translation>伺服器拒絕存取此檔案</translation>
    </message>
    <message>
        <source>The server has no such file</source>
        <translation>伺服器上沒有此檔案</translation>
    </message>
    <message>
        <source>The proxy asks for a login</source>
        <translation>代理伺服器要求登入</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>伺服器回應逾時</translation>
    </message>
    <message>
        <source>The file was removed from the server</source>
        <translation>此檔案已從伺服器移除</translation>
    </message>
    <message>
        <source>The server cannot send the rest of the file</source>
        <translation>伺服器無法傳送檔案的其餘部分</translation>
    </message>
    <message>
        <source>The server is getting too many requests</source>
        <translation>伺服器收到過多請求</translation>
    </message>
    <message>
        <source>The server had an internal error</source>
        <translation>伺服器發生內部錯誤</translation>
    </message>
    <message>
        <source>The server&apos;s gateway failed</source>
        <translation>伺服器的閘道失敗</translation>
    </message>
    <message>
        <source>The server is unavailable for now</source>
        <translation>伺服器暫時無法使用</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>伺服器失敗</translation>
    </message>
    <message>
        <source>The server refused the download</source>
        <translation>伺服器拒絕了此下載</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A reason and its HTTP status code: &quot;The server has no such file (404)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Stopped: disk full</source>
        <translation>已停止：磁碟已滿</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>%1 的憑證不受信任：%2</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the file was complete</source>
        <translation>與 %1 的連線在檔案下載完整前就中斷了</translation>
    </message>
    <message>
        <source>The download from %1 failed: %2</source>
        <translation>從 %1 下載失敗：%2</translation>
    </message>
    <message>
        <source>The file from %1 does not match its checksum</source>
        <translation>來自 %1 的檔案與其校驗碼不符</translation>
    </message>
    <message>
        <source>Failed: certificate not trusted</source>
        <translation>失敗：憑證不受信任</translation>
    </message>
    <message>
        <source>Failed: network error</source>
        <translation>失敗：網路錯誤</translation>
    </message>
    <message>
        <source>Failed: checksum mismatch</source>
        <translation>失敗：校驗碼不符</translation>
    </message>
</context>
<context>
    <name>Ferry::TrayController</name>
    <message>
        <source>&amp;Pause All</source>
        <translation>全部暫停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>全部繼續(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重試(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>中止(&amp;A)</translation>
    </message>
    <message>
        <source>paused at %1</source>
        <translation>已暫停於 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the window…</source>
        <translation>
            <numerusform>視窗中還有 %n 個…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Ferry</source>
        <translation>隱藏 Ferry(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show Ferry</source>
        <translation>顯示 Ferry(&amp;S)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n 個進行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n 個已暫停</numerusform>
        </translation>
    </message>
    <message>
        <source>No active downloads</source>
        <translation>沒有進行中的下載</translation>
    </message>
    <message>
        <source>A download failed</source>
        <translation>有下載失敗</translation>
    </message>
    <message>
        <source>&amp;Add Download…</source>
        <translation>新增下載(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Ferry::UrlProbe</name>
    <message>
        <source>Asking the server…</source>
        <translation>正在詢問伺服器…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · size unknown</source>
        <translation>%1 · 大小未知</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>One of them failed: %1</source>
        <translation>其中一個失敗：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them failed, the first: %1</source>
        <translation>
            <numerusform>其中 %n 個失敗，第一個：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::WindowActions</name>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Add from &amp;Clipboard</source>
        <translation>從剪貼簿新增(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>Pause or Resume</source>
        <translation>暫停或繼續</translation>
    </message>
    <message>
        <source>A&amp;bort</source>
        <translation>中止(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重試(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在資料夾中顯示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>複製網址(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove with &amp;Files…</source>
        <translation>連同檔案移除(&amp;F)…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>Add a download (%1)</source>
        <translation>新增下載（%1）</translation>
    </message>
    <message>
        <source>Remove the selected downloads from the list</source>
        <translation>從清單移除所選的下載</translation>
    </message>
    <message>
        <source>Remove the selected downloads and delete their files</source>
        <translation>移除所選的下載並刪除其檔案</translation>
    </message>
    <message>
        <source>Download the same URLs again</source>
        <translation>再次下載相同的網址</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ferry: cannot open the database: %1</source>
        <translation>ferry：無法開啟資料庫：%1</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Ferry cannot open its list of downloads.</source>
        <translation>Ferry 無法開啟它的下載清單。</translation>
    </message>
    <message>
        <source>ferry: %1 holds no readable certificate; https downloads will not be trusted</source>
        <translation>ferry：%1 沒有可讀取的憑證；https 下載將不受信任</translation>
    </message>
    <message>
        <source>ferry: ignoring %1</source>
        <translation>ferry：忽略 %1</translation>
    </message>
    <message>
        <source>ferry: cannot read %1</source>
        <translation>ferry：無法讀取 %1</translation>
    </message>
</context>
</TS>
