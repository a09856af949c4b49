<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Ferry::AddDialog</name>
    <message>
        <source>Add &amp;paused</source>
        <translation>Добавить, но &amp;не запускать</translation>
    </message>
    <message>
        <source>Add Download</source>
        <translation>Добавить загрузку</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>https://example.org/file.iso
One URL per line</source>
        <translation>https://example.org/file.iso
По одному URL на строку</translation>
    </message>
    <message>
        <source>URLs, one per line</source>
        <translation>Адреса URL, по одному на строку</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>Файл значка</translation>
    </message>
    <message>
        <source>Icon preview</source>
        <translation>Предпросмотр значка</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Папка назначения</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Ограничение размера</translation>
    </message>
    <message>
        <source>The download fails if it grows larger than this</source>
        <translation>Загрузка завершится ошибкой, если превысит этот размер</translation>
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
        <translation>Единица ограничения размера</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>Подключений на файл</translation>
    </message>
    <message>
        <source>Optional: one SHA-256 (hex) or SRI checksum per URL, in the same order</source>
        <translation>Необязательно: по одной контрольной сумме SHA-256 (hex) или SRI на каждый URL, в том же порядке</translation>
    </message>
    <message>
        <source>Checksums, one per URL</source>
        <translation>Контрольные суммы, по одной на URL</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose an icon file</source>
        <translation>Выбрать файл значка</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Выбрать папку назначения</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;Адреса URL:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Наз&amp;вание:</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>&amp;Значок:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Сохранить в:</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>&amp;Ограничение размера:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>Подкл&amp;ючения:</translation>
    </message>
    <message>
        <source>C&amp;hecksums:</source>
        <translation>&amp;Контрольные суммы:</translation>
    </message>
    <message>
        <source>There are more checksums than URLs.</source>
        <translation>Контрольных сумм больше, чем адресов URL.</translation>
    </message>
    <message>
        <source>Checksum %1 is not valid: use 64 hex digits (SHA-256) or sha256-, sha384- or sha512- followed by base64.</source>
        <translation>Контрольная сумма %1 неверна: укажите 64 шестнадцатеричные цифры (SHA-256) или sha256-, sha384- либо sha512- и затем base64.</translation>
    </message>
    <message>
        <source>This is not an image Ferry can read.</source>
        <translation>Ferry не может прочитать это изображение.</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Значок</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg *.ico *.gif)</source>
        <translation>Изображения (*.png *.svg *.jpg *.jpeg *.ico *.gif)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <source>Download the URLs as one &amp;group (one row, one result)</source>
        <translation>Загрузить адреса одной &amp;группой (одна строка, один результат)</translation>
    </message>
    <message>
        <source>Unticked, each URL is a download of its own, to pause, retry and open by itself</source>
        <translation>Если не отмечено, каждый адрес — отдельная загрузка, которую можно приостановить, повторить и открыть по отдельности</translation>
    </message>
    <message>
        <source>What the server says</source>
        <translation>Что сообщает сервер</translation>
    </message>
    <message>
        <source>Each download is named after its file</source>
        <translation>Каждая загрузка называется по своему файлу</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Downloads</source>
        <translation>
            <numerusform>&amp;Добавить %n загрузку</numerusform>
            <numerusform>&amp;Добавить %n загрузки</numerusform>
            <numerusform>&amp;Добавить %n загрузок</numerusform>
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
        <translation>Ferry, менеджер загрузок.

  ferry [URL...]              открыть окно; адреса URL станут одной регистрацией
  ferry fetch [параметры] URL...  загрузить без окна и завершить работу
  ferry resume ID             продолжить прерванную регистрацию
  ferry list [--json]         активные и завершённые регистрации
  ferry show ID [--json]      одна регистрация с её записями
  ferry pause ID | abort ID   действие над регистрацией

Код возврата: 0 успех, 1 завершено с ошибкой, 2 ошибка вызова или проверки,
130 прервано (регистрация сохранена, её можно продолжить).

Запустите «ferry КОМАНДА --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <source>Download the URLs as one registration without a window, then exit.
Options that take one value per URL (--integrity) apply in URL order.
Exit status: 0 success, 1 failure, 2 invalid input, 130 interrupted.</source>
        <translation>Загрузить адреса URL как одну регистрацию без окна и завершить работу.
Параметры с одним значением на URL (--integrity) применяются в порядке адресов.
Код возврата: 0 успех, 1 ошибка, 2 неверные данные, 130 прервано.</translation>
    </message>
    <message>
        <source>Continue an interrupted or paused registration to its end.</source>
        <translation>Довести до конца прерванную или приостановленную регистрацию.</translation>
    </message>
    <message>
        <source>List active and finished registrations, newest first.</source>
        <translation>Перечислить активные и завершённые регистрации, сначала новые.</translation>
    </message>
    <message>
        <source>Show one registration and its records.</source>
        <translation>Показать одну регистрацию и её записи.</translation>
    </message>
    <message>
        <source>Pause a registration; &quot;ferry resume&quot; continues it.</source>
        <translation>Приостановить регистрацию; «ferry resume» продолжит её.</translation>
    </message>
    <message>
        <source>Abort a registration and delete its partial files.</source>
        <translation>Прервать регистрацию и удалить её недокачанные файлы.</translation>
    </message>
    <message>
        <source>DIR</source>
        <extracomment>Value name in --help: a folder.</extracomment>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <source>BYTES</source>
        <extracomment>Value name in --help: a byte count such as 20M.</extracomment>
        <translation>БАЙТЫ</translation>
    </message>
    <message>
        <source>FILE</source>
        <extracomment>Value name in --help: a file.</extracomment>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>Value name in --help: a whole number.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep the database in %1 (or set FERRY_DATA_DIR).</source>
        <translation>Хранить базу данных в %1 (или задайте FERRY_DATA_DIR).</translation>
    </message>
    <message>
        <source>Print JSON (JSON lines for fetch and resume).</source>
        <translation>Выводить JSON (строки JSON для fetch и resume).</translation>
    </message>
    <message>
        <source>The registration id (default: a new unique id).</source>
        <translation>Идентификатор регистрации (по умолчанию — новый уникальный).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <extracomment>Value name in --help: a title.</extracomment>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>A title to show for the registration.</source>
        <translation>Название, показываемое для регистрации.</translation>
    </message>
    <message>
        <source>An icon: an image file or an http(s) URL.</source>
        <translation>Значок: файл изображения или адрес http(s).</translation>
    </message>
    <message>
        <source>Fail once more than %1 are downloaded.</source>
        <translation>Завершить с ошибкой, как только загружено больше, чем %1.</translation>
    </message>
    <message>
        <source>Save files in %1 (default: the current folder).</source>
        <translation>Сохранять файлы в %1 (по умолчанию — текущая папка).</translation>
    </message>
    <message>
        <source>Connections per file, 1 to 16.</source>
        <translation>Подключений на файл, от 1 до 16.</translation>
    </message>
    <message>
        <source>Limit the speed to %1 per second.</source>
        <translation>Ограничить скорость до %1 в секунду.</translation>
    </message>
    <message>
        <source>A checksum for the next URL: sha256-&lt;base64&gt; (SRI) or SHA-256 hex.</source>
        <translation>Контрольная сумма для следующего URL: sha256-&lt;base64&gt; (SRI) или SHA-256 в шестнадцатеричном виде.</translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>Value name in --help: an HTTP method such as GET or PUT (M for method).</extracomment>
        <translation>M</translation>
    </message>
    <message>
        <source>The HTTP method (default GET).</source>
        <translation>Метод HTTP (по умолчанию GET).</translation>
    </message>
    <message>
        <source>HEADER</source>
        <extracomment>Value name in --help: an HTTP header line.</extracomment>
        <translation>ЗАГОЛОВОК</translation>
    </message>
    <message>
        <source>Send the header &apos;Name: value&apos; (repeatable).</source>
        <translation>Отправить заголовок &apos;Имя: значение&apos; (можно несколько раз).</translation>
    </message>
    <message>
        <source>Upload the contents of %1 as the request body.</source>
        <translation>Отправить содержимое %1 как тело запроса.</translation>
    </message>
    <message>
        <source>Retry a failed GET up to %1 times (default 5).</source>
        <translation>Повторять неудачный GET до %1 раз (по умолчанию 5).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <extracomment>Value name in --help: a number of seconds.</extracomment>
        <translation>СЕКУНДЫ</translation>
    </message>
    <message>
        <source>Give up on a connection that is silent for %1 (default 30).</source>
        <translation>Прервать подключение, которое молчит %1 (по умолчанию 30).</translation>
    </message>
    <message>
        <source>Stop with quota-exceeded before free space drops below %1 (default 16M).</source>
        <translation>Остановиться с quota-exceeded, прежде чем свободное место станет меньше %1 (по умолчанию 16M).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>The URLs to download, in order.</source>
        <translation>Адреса URL для загрузки, по порядку.</translation>
    </message>
    <message>
        <source>The registration to continue.</source>
        <translation>Регистрация, которую нужно продолжить.</translation>
    </message>
    <message>
        <source>The registration to show.</source>
        <translation>Регистрация, которую нужно показать.</translation>
    </message>
    <message>
        <source>The registration to act on.</source>
        <translation>Регистрация, над которой выполняется действие.</translation>
    </message>
    <message>
        <source>URLs to add as one registration.</source>
        <translation>Адреса URL, добавляемые одной регистрацией.</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 100</source>
        <translation>для --retries нужно число от 0 до 100</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600</source>
        <translation>для --timeout нужно число секунд от 1 до 3600</translation>
    </message>
    <message>
        <source>--min-free needs a byte count, such as 0 or 1G</source>
        <translation>для --min-free нужно количество байт, например 0 или 1G</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list не принимает аргументов</translation>
    </message>
    <message>
        <source>exactly one registration id is needed</source>
        <translation>нужен ровно один идентификатор регистрации</translation>
    </message>
    <message>
        <source>--download-total needs a byte count, such as 500000 or 20M</source>
        <translation>для --download-total нужно количество байт, например 500000 или 20M</translation>
    </message>
    <message>
        <source>--limit-rate needs a byte count per second, such as 2M</source>
        <translation>для --limit-rate нужно количество байт в секунду, например 2M</translation>
    </message>
    <message>
        <source>--connections needs a number from 1 to 16</source>
        <translation>для --connections нужно число от 1 до 16</translation>
    </message>
    <message>
        <source>--header needs the form &apos;Name: value&apos;, not &quot;%1&quot;</source>
        <translation>для --header нужна форма &apos;Имя: значение&apos;, а не «%1»</translation>
    </message>
    <message>
        <source>there are more --integrity values than URLs</source>
        <translation>значений --integrity больше, чем адресов URL</translation>
    </message>
    <message>
        <source>Download URLs without a window, then exit.</source>
        <translation>Загрузить адреса URL без окна и завершить работу.</translation>
    </message>
    <message>
        <source>ferry: &quot;%1&quot; is not a command or a URL</source>
        <translation>ferry: «%1» — не команда и не URL</translation>
    </message>
    <message>
        <source>ferry: &quot;%1&quot; is not a command or a URL; did you mean &quot;%2&quot;?</source>
        <translation>ferry: «%1» — не команда и не URL; может быть, имелась в виду «%2»?</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>&quot;ferry URL...&quot; opens the window with http or https URLs,
&quot;ferry COMMAND --help&quot; shows the options of a command.</source>
        <extracomment>&quot;ferry&quot; and &quot;--help&quot; are typed as they are; URL and COMMAND stand for what the user types.</extracomment>
        <translation>«ferry URL...» открывает окно с адресами http или https,
«ferry КОМАНДА --help» показывает параметры команды.</translation>
    </message>
    <message>
        <source>Stop retrying %1 after the first failure (default: no limit while tries bring new bytes).</source>
        <translation>Прекратить повторы через %1 после первой ошибки (по умолчанию: без ограничения, пока попытки приносят новые байты).</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 604800</source>
        <translation>--retry-for требует число секунд от 1 до 604800</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>Value name in --help: a proxy&apos;s URL.</extracomment>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use the proxy at %1 (http://, socks5://, socks5h://; &quot;none&quot; for none) instead of http_proxy, https_proxy and all_proxy.</source>
        <translation>Использовать прокси %1 (http://, socks5://, socks5h://; «none» — без прокси) вместо http_proxy, https_proxy и all_proxy.</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>Log in to the URLs&apos; servers (never stored; ~/.netrc is read too).</source>
        <translation>Входить на серверы URL (никогда не сохраняется; ~/.netrc тоже читается).</translation>
    </message>
    <message>
        <source>--user needs USER:PASSWORD</source>
        <translation>--user требует USER:PASSWORD</translation>
    </message>
</context>
<context>
    <name>Ferry::CliCommands</name>
    <message>
        <source>paused</source>
        <translation>приостановлена</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>no registration has the id &quot;%1&quot;</source>
        <translation>нет регистрации с идентификатором «%1»</translation>
    </message>
    <message>
        <source>id: %1
title: %2
status: %3
downloaded: %4 of %5
uploaded: %6 of %7
</source>
        <translation>идентификатор: %1
название: %2
состояние: %3
загружено: %4 из %5
отправлено: %6 из %7
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>[%1] %2 %3 -&gt; HTTP %4, %5 bytes, %6, %7
</source>
        <translation>[%1] %2 %3 -&gt; HTTP %4, %5 байт, %6, %7
</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>нет файла</translation>
    </message>
</context>
<context>
    <name>Ferry::DesktopOpener</name>
    <message>
        <source>No application could open &quot;%1&quot;.</source>
        <translation>Ни одно приложение не смогло открыть «%1».</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>Не удалось открыть папку «%1».</translation>
    </message>
</context>
<context>
    <name>Ferry::DesktopShell</name>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry продолжает работать</translation>
    </message>
    <message>
        <source>Downloads go on in the background. Click the tray icon to bring the window back, or choose Quit in its menu to leave Ferry.</source>
        <translation>Загрузки продолжаются в фоне. Щёлкните значок в системном лотке, чтобы вернуть окно, или выберите «Выход» в его меню, чтобы закрыть Ferry.</translation>
    </message>
</context>
<context>
    <name>Ferry::DetailsPane</name>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Открыть файл</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показать в п&amp;апке</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>Копировать &amp;URL</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Files of the selected download</source>
        <translation>Файлы выбранной загрузки</translation>
    </message>
    <message>
        <source>No download selected</source>
        <translation>Загрузка не выбрана</translation>
    </message>
    <message>
        <source>Select a download to see its files.</source>
        <translation>Выберите загрузку, чтобы увидеть её файлы.</translation>
    </message>
    <message>
        <source>Id %1 · added %2</source>
        <translation>Идентификатор %1 · добавлена %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Requests sent for this file, retries included</source>
        <translation>Запросы, отправленные за этим файлом, включая повторные</translation>
    </message>
</context>
<context>
    <name>Ferry::FetchRunner</name>
    <message>
        <source>Fetching &quot;%1&quot;</source>
        <translation>Загрузка «%1»</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>Ошибка: %1 (%2)</translation>
    </message>
    <message>
        <source>Interrupted; continue with: ferry resume %1</source>
        <translation>Прервано; продолжить можно командой: ferry resume %1</translation>
    </message>
    <message>
        <source>ferry: cannot read the outcome of &quot;%1&quot; from the database</source>
        <translation>ferry: не удаётся прочитать результат «%1» из базы данных</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; give a login with --user USER:PASSWORD or in ~/.netrc</source>
        <translation>; укажите логин через --user USER:PASSWORD или в ~/.netrc</translation>
    </message>
</context>
<context>
    <name>Ferry::JobNotifications</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Stopped after %1.</source>
        <translation>Остановлена, загружено %1.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 завершена</translation>
    </message>
    <message>
        <source>%1 aborted</source>
        <translation>%1 прервана</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1: ошибка</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads finished</source>
        <translation>
            <numerusform>%n загрузка завершена</numerusform>
            <numerusform>%n загрузки завершены</numerusform>
            <numerusform>%n загрузок завершено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloads ended, %1 failed</source>
        <translation>
            <numerusform>%n загрузка завершена, с ошибкой: %1</numerusform>
            <numerusform>%n загрузки завершены, с ошибкой: %1</numerusform>
            <numerusform>%n загрузок завершено, с ошибкой: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Повторить неудачные</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 в %2</translation>
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
        <translation>Загрузки</translation>
    </message>
    <message>
        <source>No downloads here yet.
Press %1 to add one, or drop a link on this window.</source>
        <translation>Загрузок пока нет.
Нажмите %1, чтобы добавить загрузку, или перетащите ссылку в это окно.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершённые</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Search titles and ids</source>
        <translation>Поиск по названиям и идентификаторам</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Загрузка</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>1 download</source>
        <translation>1 загрузка</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>Загрузок: %1</translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1, выбрано: %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Всего %1</translation>
    </message>
    <message>
        <source>Remove Downloads</source>
        <translation>Удаление загрузок</translation>
    </message>
    <message>
        <source>Remove the selected download from the list?</source>
        <translation>Удалить выбранную загрузку из списка?</translation>
    </message>
    <message>
        <source>Remove %1 downloads from the list?</source>
        <translation>Удалить выбранные загрузки из списка (%1)?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Also &amp;delete the downloaded files</source>
        <translation>Также у&amp;далить загруженные файлы</translation>
    </message>
    <message>
        <source>Running downloads are stopped. Files are kept unless you tick the box below.</source>
        <translation>Идущие загрузки будут остановлены. Файлы сохранятся, если не отметить флажок ниже.</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationCommands</name>
    <message>
        <source>Could not add the download: %1</source>
        <translation>Не удалось добавить загрузку: %1</translation>
    </message>
    <message>
        <source>Could not resume &quot;%1&quot;: %2</source>
        <translation>Не удалось продолжить «%1»: %2</translation>
    </message>
    <message>
        <source>Could not abort &quot;%1&quot;: %2</source>
        <translation>Не удалось прервать «%1»: %2</translation>
    </message>
    <message>
        <source>Could not retry &quot;%1&quot;: %2</source>
        <translation>Не удалось повторить «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationDelegate</name>
    <message>
        <source>%1 · sent %2</source>
        <translation>%1 · отправлено %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No file saved</source>
        <translation>Файл не сохранён</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationModel</name>
    <message>
        <source>Id: %1</source>
        <translation>Идентификатор: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Show a &amp;notification when a download ends</source>
        <translation>Показывать &amp;уведомление по окончании загрузки</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Ferry running in the tray</source>
        <translation>При &amp;закрытии окна Ferry продолжает работать в системном лотке</translation>
    </message>
    <message>
        <source>Start &amp;hidden in the tray</source>
        <translation>Запускать &amp;свёрнутым в системный лоток</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Папка для загрузок</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Выбрать папку для загрузок</translation>
    </message>
    <message>
        <source>Maximum active downloads</source>
        <translation>Максимум активных загрузок</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>Подключений на файл</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>Speed limit in KiB per second</source>
        <translation>Ограничение скорости в KiB в секунду</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>&amp;Папка для загрузок:</translation>
    </message>
    <message>
        <source>Maximum &amp;active downloads:</source>
        <translation>&amp;Максимум активных загрузок:</translation>
    </message>
    <message>
        <source>C&amp;onnections per file:</source>
        <translation>Подключений на &amp;файл:</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>Ограничение с&amp;корости:</translation>
    </message>
    <message>
        <source>Choose a folder for downloads.</source>
        <translation>Выберите папку для загрузок.</translation>
    </message>
    <message>
        <source>Use a full path, starting with /.</source>
        <translation>Укажите полный путь, начинающийся с /.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Это файл, а не папка.</translation>
    </message>
    <message>
        <source>You cannot write to this folder.</source>
        <translation>У вас нет права записи в эту папку.</translation>
    </message>
    <message>
        <source>This folder does not exist and cannot be created.</source>
        <translation>Этой папки нет, и её нельзя создать.</translation>
    </message>
    <message>
        <source>Connections per server</source>
        <translation>Подключений на сервер</translation>
    </message>
    <message>
        <source>Open connections to one server, counting every download. One file may still use as many as its connections per file.</source>
        <translation>Открытые подключения к одному серверу с учётом всех загрузок. Один файл всё равно может использовать столько подключений, сколько задано на файл.</translation>
    </message>
    <message>
        <source>Connections in total</source>
        <translation>Подключений всего</translation>
    </message>
    <message>
        <source>Open connections to all servers together.</source>
        <translation>Открытые подключения ко всем серверам вместе.</translation>
    </message>
    <message>
        <source>Connections per se&amp;rver:</source>
        <translation>Подключений на се&amp;рвер:</translation>
    </message>
    <message>
        <source>&amp;Total connections:</source>
        <translation>&amp;Всего подключений:</translation>
    </message>
    <message>
        <source>The total must be at least the number of connections per server.</source>
        <translation>Общее число должно быть не меньше числа подключений на сервер.</translation>
    </message>
    <message>
        <source>From the environment (http_proxy, https_proxy, all_proxy)</source>
        <translation>Из переменных окружения (http_proxy, https_proxy, all_proxy)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Следующий прокси:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 or socks5h://127.0.0.1:1080</source>
        <translation>http://proxy.example:3128 или socks5h://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL прокси</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Прокс&amp;и:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s URL.</source>
        <translation>Введите URL прокси.</translation>
    </message>
    <message>
        <source>Use an http://, socks5:// or socks5h:// URL with a host.</source>
        <translation>Укажите URL вида http://, socks5:// или socks5h:// с именем хоста.</translation>
    </message>
</context>
<context>
    <name>Ferry::TerminalProgress</name>
    <message>
        <source>%1%</source>
        <extracomment>Percent done in the terminal&apos;s progress line.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>saved to %1 (%2)</source>
        <translation>сохранено в %1 (%2)</translation>
    </message>
    <message>
        <source>saved to %1 (%2 in %3, %4)</source>
        <translation>сохранено в %1 (%2 за %3, %4)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, such as &quot;0.4 s&quot; or &quot;12 s&quot;.</extracomment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>Ferry::Texts</name>
    <message>
        <source>Aborted</source>
        <translation>Прервана</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>Сервер ответил ошибкой</translation>
    </message>
    <message>
        <source>The download failed (network error, redirect problem or checksum mismatch)</source>
        <translation>Загрузка не удалась (ошибка сети, проблема с перенаправлением или несовпадение контрольной суммы)</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>Недостаточно места на диске</translation>
    </message>
    <message>
        <source>The download was larger than its size limit</source>
        <translation>Загрузка превысила ограничение размера</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Неизвестная ошибка</translation>
    </message>
    <message>
        <source>The id must not be empty</source>
        <translation>Идентификатор не может быть пустым</translation>
    </message>
    <message>
        <source>The id is longer than 1 MiB</source>
        <translation>Идентификатор длиннее 1 MiB</translation>
    </message>
    <message>
        <source>A registration with the id &quot;%1&quot; is already active</source>
        <translation>Регистрация с идентификатором «%1» уже активна</translation>
    </message>
    <message>
        <source>At least one URL is needed</source>
        <translation>Нужен хотя бы один URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>«%1» — недопустимый URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a user name or password; Ferry does not store credentials in URLs</source>
        <translation>«%1» содержит имя пользователя или пароль; Ferry не хранит учётные данные в адресах URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>«%1» — не адрес http или https</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a port that is blocked for safety</source>
        <translation>«%1» использует порт, заблокированный ради безопасности</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break and &apos;&lt;&apos;, which looks like injected markup</source>
        <translation>«%1» содержит перевод строки и &apos;&lt;&apos;, что похоже на внедрённую разметку</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is blocked by policy</source>
        <translation>«%1» заблокирован политикой</translation>
    </message>
    <message>
        <source>Requests in no-cors mode cannot be fetched in the background</source>
        <translation>Запросы в режиме no-cors нельзя выполнять в фоне</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed HTTP method</source>
        <translation>«%1» — недопустимый метод HTTP</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is invalid or managed by Ferry itself</source>
        <translation>Заголовок «%1» недопустим или управляется самим Ferry</translation>
    </message>
    <message>
        <source>Cannot read the body file &quot;%1&quot;</source>
        <translation>Не удаётся прочитать файл тела запроса «%1»</translation>
    </message>
    <message>
        <source>GET and HEAD requests cannot have a body</source>
        <translation>Запросы GET и HEAD не могут иметь тела</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid checksum (expected sha256-, sha384- or sha512- followed by base64, or 64 hex digits)</source>
        <translation>«%1» — недопустимая контрольная сумма (ожидается sha256-, sha384- или sha512- и затем base64 либо 64 шестнадцатеричные цифры)</translation>
    </message>
    <message>
        <source>Cannot write to the folder &quot;%1&quot;</source>
        <translation>Не удаётся записать в папку «%1»</translation>
    </message>
    <message>
        <source>An option has an invalid value</source>
        <translation>У одного из параметров недопустимое значение</translation>
    </message>
    <message>
        <source>Not enough free space in &quot;%1&quot;</source>
        <translation>Недостаточно свободного места в «%1»</translation>
    </message>
    <message>
        <source>The database could not be written: %1</source>
        <translation>Не удалось записать базу данных: %1</translation>
    </message>
    <message>
        <source>The registration is not active</source>
        <translation>Регистрация не активна</translation>
    </message>
    <message>
        <source>The event is no longer active</source>
        <translation>Событие уже не активно</translation>
    </message>
    <message>
        <source>updateUI() was already called for this event</source>
        <translation>updateUI() уже вызывалась для этого события</translation>
    </message>
    <message>
        <source>The event was not created by Ferry</source>
        <translation>Событие создано не Ferry</translation>
    </message>
    <message>
        <source>The records of this registration are no longer available</source>
        <translation>Записи этой регистрации больше недоступны</translation>
    </message>
    <message>
        <source>The response is not available</source>
        <translation>Ответ недоступен</translation>
    </message>
    <message>
        <source>Only registrations made of GET requests can be paused</source>
        <translation>Приостановить можно только регистрации из запросов GET</translation>
    </message>
    <message>
        <source>The registration &quot;%1&quot; is being run by another Ferry process</source>
        <translation>Регистрацию «%1» выполняет другой процесс Ferry</translation>
    </message>
    <message>
        <source>No active registration has the id &quot;%1&quot;</source>
        <translation>Нет активной регистрации с идентификатором «%1»</translation>
    </message>
    <message>
        <source>URL %1: %2</source>
        <translation>URL %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>осталась %n с</numerusform>
            <numerusform>осталось %n с</numerusform>
            <numerusform>осталось %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>осталась %n мин</numerusform>
            <numerusform>осталось %n мин</numerusform>
            <numerusform>осталось %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>осталось %1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Загружается</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлена</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Failed: server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>Failed: network or checksum error</source>
        <translation>Ошибка сети или контрольной суммы</translation>
    </message>
    <message>
        <source>Failed: larger than its limit</source>
        <translation>Ошибка: превышен размер</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Ожидание соединения</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Соединение</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Повтор через %n с</numerusform>
            <numerusform>Повтор через %n с</numerusform>
            <numerusform>Повтор через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>The server did not accept the request</source>
        <translation>Сервер не принял запрос</translation>
    </message>
    <message>
        <source>The server asks for a login</source>
        <translation>Сервер требует вход</translation>
    </message>
    <message>
        <source>The server refuses access to the file</source>
        <translation>Сервер запрещает доступ к файлу</translation>
    </message>
    <message>
        <source>The server has no such file</source>
        <translation>На сервере нет такого файла</translation>
    </message>
    <message>
        <source>The proxy asks for a login</source>
        <translation>Прокси требует вход</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>Сервер слишком долго не отвечал</translation>
    </message>
    <message>
        <source>The file was removed from the server</source>
        <translation>Файл удалён с сервера</translation>
    </message>
    <message>
        <source>The server cannot send the rest of the file</source>
        <translation>Сервер не может отправить остаток файла</translation>
    </message>
    <message>
        <source>The server is getting too many requests</source>
        <translation>Сервер получает слишком много запросов</translation>
    </message>
    <message>
        <source>The server had an internal error</source>
        <translation>Внутренняя ошибка сервера</translation>
    </message>
    <message>
        <source>The server&apos;s gateway failed</source>
        <translation>Сбой шлюза сервера</translation>
    </message>
    <message>
        <source>The server is unavailable for now</source>
        <translation>Сервер временно недоступен</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>Сбой сервера</translation>
    </message>
    <message>
        <source>The server refused the download</source>
        <translation>Сервер отказал в загрузке</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A reason and its HTTP status code: &quot;The server has no such file (404)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stopped: disk full</source>
        <translation>Остановлено: диск заполнен</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Сертификат %1 не является доверенным: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the file was complete</source>
        <translation>Соединение с %1 оборвалось, прежде чем файл был получен полностью</translation>
    </message>
    <message>
        <source>The download from %1 failed: %2</source>
        <translation>Загрузка с %1 не удалась: %2</translation>
    </message>
    <message>
        <source>The file from %1 does not match its checksum</source>
        <translation>Контрольная сумма файла с %1 не совпадает</translation>
    </message>
    <message>
        <source>Failed: certificate not trusted</source>
        <translation>Ошибка: сертификат не доверенный</translation>
    </message>
    <message>
        <source>Failed: network error</source>
        <translation>Ошибка сети</translation>
    </message>
    <message>
        <source>Failed: checksum mismatch</source>
        <translation>Ошибка: контрольная сумма не совпадает</translation>
    </message>
</context>
<context>
    <name>Ferry::TrayController</name>
    <message>
        <source>&amp;Pause All</source>
        <translation>Приостановить вс&amp;е</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>Продол&amp;жить все</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Продол&amp;жить</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Повтор&amp;ить</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>П&amp;рервать</translation>
    </message>
    <message>
        <source>paused at %1</source>
        <translation>приостановлена на %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the window…</source>
        <translation>
            <numerusform>ещё %n загрузка в окне…</numerusform>
            <numerusform>ещё %n загрузки в окне…</numerusform>
            <numerusform>ещё %n загрузок в окне…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Ferry</source>
        <translation>&amp;Скрыть Ferry</translation>
    </message>
    <message>
        <source>&amp;Show Ferry</source>
        <translation>&amp;Показать Ferry</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n активная загрузка</numerusform>
            <numerusform>%n активные загрузки</numerusform>
            <numerusform>%n активных загрузок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n загрузка приостановлена</numerusform>
            <numerusform>%n загрузки приостановлены</numerusform>
            <numerusform>%n загрузок приостановлено</numerusform>
        </translation>
    </message>
    <message>
        <source>No active downloads</source>
        <translation>Нет активных загрузок</translation>
    </message>
    <message>
        <source>A download failed</source>
        <translation>Одна из загрузок не удалась</translation>
    </message>
    <message>
        <source>&amp;Add Download…</source>
        <translation>&amp;Добавить загрузку…</translation>
    </message>
</context>
<context>
    <name>Ferry::UrlProbe</name>
    <message>
        <source>Asking the server…</source>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · size unknown</source>
        <translation>%1 · размер неизвестен</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>не менее %1</translation>
    </message>
    <message>
        <source>One of them failed: %1</source>
        <translation>Один из них не удался: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them failed, the first: %1</source>
        <translation>
            <numerusform>%n из них не удался, первый: %1</numerusform>
            <numerusform>%n из них не удались, первый: %1</numerusform>
            <numerusform>%n из них не удались, первый: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::WindowActions</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add from &amp;Clipboard</source>
        <translation>Добавить из &amp;буфера обмена</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Продол&amp;жить</translation>
    </message>
    <message>
        <source>Pause or Resume</source>
        <translation>Приостановить или продолжить</translation>
    </message>
    <message>
        <source>A&amp;bort</source>
        <translation>П&amp;рервать</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Повтор&amp;ить</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показать в п&amp;апке</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Копировать URL</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove with &amp;Files…</source>
        <translation>Удалить вместе с &amp;файлами…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Add a download (%1)</source>
        <translation>Добавить загрузку (%1)</translation>
    </message>
    <message>
        <source>Remove the selected downloads from the list</source>
        <translation>Удалить выбранные загрузки из списка</translation>
    </message>
    <message>
        <source>Remove the selected downloads and delete their files</source>
        <translation>Удалить выбранные загрузки вместе с их файлами</translation>
    </message>
    <message>
        <source>Download the same URLs again</source>
        <translation>Загрузить те же адреса URL заново</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ferry: cannot open the database: %1</source>
        <translation>ferry: не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Ferry cannot open its list of downloads.</source>
        <translation>Ferry не может открыть свой список загрузок.</translation>
    </message>
    <message>
        <source>ferry: %1 holds no readable certificate; https downloads will not be trusted</source>
        <translation>ferry: %1 не содержит читаемого сертификата; загрузки по https не будут считаться доверенными</translation>
    </message>
    <message>
        <source>ferry: ignoring %1</source>
        <translation>ferry: %1 игнорируется</translation>
    </message>
    <message>
        <source>ferry: cannot read %1</source>
        <translation>ferry: не удаётся прочитать %1</translation>
    </message>
</context>
</TS>
