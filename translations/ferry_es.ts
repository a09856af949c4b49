<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Ferry::AddDialog</name>
    <message>
        <source>Add &amp;paused</source>
        <translation>Añadir en &amp;pausa</translation>
    </message>
    <message>
        <source>Add Download</source>
        <translation>Añadir descarga</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>https://example.org/file.iso
One URL per line</source>
        <translation>https://example.org/archivo.iso
Una URL por línea</translation>
    </message>
    <message>
        <source>URLs, one per line</source>
        <translation>URL, una por línea</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>Archivo de icono</translation>
    </message>
    <message>
        <source>Icon preview</source>
        <translation>Vista previa del icono</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Límite de tamaño</translation>
    </message>
    <message>
        <source>The download fails if it grows larger than this</source>
        <translation>La descarga falla si supera este tamaño</translation>
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
        <translation>Unidad del límite de tamaño</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>Conexiones por archivo</translation>
    </message>
    <message>
        <source>Optional: one SHA-256 (hex) or SRI checksum per URL, in the same order</source>
        <translation>Opcional: una suma de verificación SHA-256 (hex) o SRI por URL, en el mismo orden</translation>
    </message>
    <message>
        <source>Checksums, one per URL</source>
        <translation>Sumas de verificación, una por URL</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose an icon file</source>
        <translation>Elegir un archivo de icono</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Elegir la carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>&amp;Icono:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>&amp;Límite de tamaño:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Conexiones:</translation>
    </message>
    <message>
        <source>C&amp;hecksums:</source>
        <translation>Su&amp;mas de verificación:</translation>
    </message>
    <message>
        <source>There are more checksums than URLs.</source>
        <translation>Hay más sumas de verificación que URL.</translation>
    </message>
    <message>
        <source>Checksum %1 is not valid: use 64 hex digits (SHA-256) or sha256-, sha384- or sha512- followed by base64.</source>
        <translation>La suma de verificación %1 no es válida: use 64 dígitos hexadecimales (SHA-256) o sha256-, sha384- o sha512- seguido de base64.</translation>
    </message>
    <message>
        <source>This is not an image Ferry can read.</source>
        <translation>Ferry no puede leer esta imagen.</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg *.ico *.gif)</source>
        <translation>Imágenes (*.png *.svg *.jpg *.jpeg *.ico *.gif)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Download the URLs as one &amp;group (one row, one result)</source>
        <translation>Descargar las URL como un &amp;grupo (una fila, un resultado)</translation>
    </message>
    <message>
        <source>Unticked, each URL is a download of its own, to pause, retry and open by itself</source>
        <translation>Sin marcar, cada URL es una descarga propia, que se pausa, reintenta y abre por separado</translation>
    </message>
    <message>
        <source>What the server says</source>
        <translation>Lo que dice el servidor</translation>
    </message>
    <message>
        <source>Each download is named after its file</source>
        <translation>Cada descarga se llama como su archivo</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Downloads</source>
        <translation>
            <numerusform>&amp;Añadir %n descarga</numerusform>
            <numerusform>&amp;Añadir %n descargas</numerusform>
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
        <translation>Ferry, un gestor de descargas.

  ferry [URL...]              abre la ventana; las URL forman un registro
  ferry fetch [opciones] URL...  descarga sin ventana y termina
  ferry resume ID             continúa un registro interrumpido
  ferry list [--json]         registros activos y terminados
  ferry show ID [--json]      un registro con sus elementos
  ferry pause ID | abort ID   actúa sobre un registro

Estado de salida: 0 éxito, 1 terminado con un fallo, 2 error de uso o de validación,
130 interrumpido (el registro queda guardado y se puede reanudar).

Ejecute «ferry ORDEN --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>Download the URLs as one registration without a window, then exit.
Options that take one value per URL (--integrity) apply in URL order.
Exit status: 0 success, 1 failure, 2 invalid input, 130 interrupted.</source>
        <translation>Descarga las URL como un registro sin ventana y termina.
Las opciones que toman un valor por URL (--integrity) se aplican en el orden de las URL.
Estado de salida: 0 éxito, 1 fallo, 2 entrada no válida, 130 interrumpido.</translation>
    </message>
    <message>
        <source>Continue an interrupted or paused registration to its end.</source>
        <translation>Continúa hasta el final un registro interrumpido o en pausa.</translation>
    </message>
    <message>
        <source>List active and finished registrations, newest first.</source>
        <translation>Lista los registros activos y terminados, los más recientes primero.</translation>
    </message>
    <message>
        <source>Show one registration and its records.</source>
        <translation>Muestra un registro y sus elementos.</translation>
    </message>
    <message>
        <source>Pause a registration; &quot;ferry resume&quot; continues it.</source>
        <translation>Pausa un registro; «ferry resume» lo continúa.</translation>
    </message>
    <message>
        <source>Abort a registration and delete its partial files.</source>
        <translation>Cancela un registro y borra sus archivos parciales.</translation>
    </message>
    <message>
        <source>DIR</source>
        <extracomment>Value name in --help: a folder.</extracomment>
        <translation>DIR</translation>
    </message>
    <message>
        <source>BYTES</source>
        <extracomment>Value name in --help: a byte count such as 20M.</extracomment>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>FILE</source>
        <extracomment>Value name in --help: a file.</extracomment>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>Value name in --help: a whole number.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep the database in %1 (or set FERRY_DATA_DIR).</source>
        <translation>Guardar la base de datos en %1 (o defina FERRY_DATA_DIR).</translation>
    </message>
    <message>
        <source>Print JSON (JSON lines for fetch and resume).</source>
        <translation>Imprimir JSON (líneas JSON para fetch y resume).</translation>
    </message>
    <message>
        <source>The registration id (default: a new unique id).</source>
        <translation>El id del registro (predeterminado: un id único nuevo).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <extracomment>Value name in --help: a title.</extracomment>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>A title to show for the registration.</source>
        <translation>Un título que se muestra para el registro.</translation>
    </message>
    <message>
        <source>An icon: an image file or an http(s) URL.</source>
        <translation>Un icono: un archivo de imagen o una URL http(s).</translation>
    </message>
    <message>
        <source>Fail once more than %1 are downloaded.</source>
        <translation>Fallar en cuanto se descarguen más de %1.</translation>
    </message>
    <message>
        <source>Save files in %1 (default: the current folder).</source>
        <translation>Guardar los archivos en %1 (predeterminado: la carpeta actual).</translation>
    </message>
    <message>
        <source>Connections per file, 1 to 16.</source>
        <translation>Conexiones por archivo, de 1 a 16.</translation>
    </message>
    <message>
        <source>Limit the speed to %1 per second.</source>
        <translation>Limitar la velocidad a %1 por segundo.</translation>
    </message>
    <message>
        <source>A checksum for the next URL: sha256-&lt;base64&gt; (SRI) or SHA-256 hex.</source>
        <translation>Una suma de verificación para la siguiente URL: sha256-&lt;base64&gt; (SRI) o SHA-256 en hexadecimal.</translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>Value name in --help: an HTTP method such as GET or PUT (M for method).</extracomment>
        <translation>M</translation>
    </message>
    <message>
        <source>The HTTP method (default GET).</source>
        <translation>El método HTTP (predeterminado: GET).</translation>
    </message>
    <message>
        <source>HEADER</source>
        <extracomment>Value name in --help: an HTTP header line.</extracomment>
        <translation>CABECERA</translation>
    </message>
    <message>
        <source>Send the header &apos;Name: value&apos; (repeatable).</source>
        <translation>Enviar la cabecera &apos;Nombre: valor&apos; (repetible).</translation>
    </message>
    <message>
        <source>Upload the contents of %1 as the request body.</source>
        <translation>Subir el contenido de %1 como cuerpo de la petición.</translation>
    </message>
    <message>
        <source>Retry a failed GET up to %1 times (default 5).</source>
        <translation>Reintentar un GET fallido hasta %1 veces (predeterminado: 5).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <extracomment>Value name in --help: a number of seconds.</extracomment>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Give up on a connection that is silent for %1 (default 30).</source>
        <translation>Abandonar una conexión que permanece en silencio durante %1 (predeterminado: 30).</translation>
    </message>
    <message>
        <source>Stop with quota-exceeded before free space drops below %1 (default 16M).</source>
        <translation>Detenerse con quota-exceeded antes de que el espacio libre baje de %1 (predeterminado: 16M).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>The URLs to download, in order.</source>
        <translation>Las URL que descargar, en orden.</translation>
    </message>
    <message>
        <source>The registration to continue.</source>
        <translation>El registro que continuar.</translation>
    </message>
    <message>
        <source>The registration to show.</source>
        <translation>El registro que mostrar.</translation>
    </message>
    <message>
        <source>The registration to act on.</source>
        <translation>El registro sobre el que actuar.</translation>
    </message>
    <message>
        <source>URLs to add as one registration.</source>
        <translation>URL que se añaden como un registro.</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 100</source>
        <translation>--retries necesita un número de 0 a 100</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600</source>
        <translation>--timeout necesita un número de segundos de 1 a 3600</translation>
    </message>
    <message>
        <source>--min-free needs a byte count, such as 0 or 1G</source>
        <translation>--min-free necesita una cantidad de bytes, como 0 o 1G</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list no admite argumentos</translation>
    </message>
    <message>
        <source>exactly one registration id is needed</source>
        <translation>se necesita exactamente un id de registro</translation>
    </message>
    <message>
        <source>--download-total needs a byte count, such as 500000 or 20M</source>
        <translation>--download-total necesita una cantidad de bytes, como 500000 o 20M</translation>
    </message>
    <message>
        <source>--limit-rate needs a byte count per second, such as 2M</source>
        <translation>--limit-rate necesita una cantidad de bytes por segundo, como 2M</translation>
    </message>
    <message>
        <source>--connections needs a number from 1 to 16</source>
        <translation>--connections necesita un número de 1 a 16</translation>
    </message>
    <message>
        <source>--header needs the form &apos;Name: value&apos;, not &quot;%1&quot;</source>
        <translation>--header necesita la forma &apos;Nombre: valor&apos;, no «%1»</translation>
    </message>
    <message>
        <source>there are more --integrity values than URLs</source>
        <translation>hay más valores --integrity que URL</translation>
    </message>
    <message>
        <source>Download URLs without a window, then exit.</source>
        <translation>Descarga URL sin ventana y termina.</translation>
    </message>
    <message>
        <source>ferry: &quot;%1&quot; is not a command or a URL</source>
        <translation>ferry: «%1» no es una orden ni una URL</translation>
    </message>
    <message>
        <source>ferry: &quot;%1&quot; is not a command or a URL; did you mean &quot;%2&quot;?</source>
        <translation>ferry: «%1» no es una orden ni una URL; ¿quería decir «%2»?</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>&quot;ferry URL...&quot; opens the window with http or https URLs,
&quot;ferry COMMAND --help&quot; shows the options of a command.</source>
        <extracomment>&quot;ferry&quot; and &quot;--help&quot; are typed as they are; URL and COMMAND stand for what the user types.</extracomment>
        <translation>«ferry URL...» abre la ventana con URL http o https,
«ferry ORDEN --help» muestra las opciones de una orden.</translation>
    </message>
    <message>
        <source>Stop retrying %1 after the first failure (default: no limit while tries bring new bytes).</source>
        <translation>Dejar de reintentar %1 después del primer fallo (predeterminado: sin límite mientras los intentos traigan bytes nuevos).</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 604800</source>
        <translation>--retry-for necesita un número de segundos de 1 a 604800</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>Value name in --help: a proxy&apos;s URL.</extracomment>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use the proxy at %1 (http://, socks5://, socks5h://; &quot;none&quot; for none) instead of http_proxy, https_proxy and all_proxy.</source>
        <translation>Usar el proxy %1 (http://, socks5://, socks5h://; «none» para ninguno) en lugar de http_proxy, https_proxy y all_proxy.</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>Log in to the URLs&apos; servers (never stored; ~/.netrc is read too).</source>
        <translation>Iniciar sesión en los servidores de las URL (nunca se guarda; también se lee ~/.netrc).</translation>
    </message>
    <message>
        <source>--user needs USER:PASSWORD</source>
        <translation>--user necesita USER:PASSWORD</translation>
    </message>
</context>
<context>
    <name>Ferry::CliCommands</name>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
    <message>
        <source>no registration has the id &quot;%1&quot;</source>
        <translation>ningún registro tiene el id «%1»</translation>
    </message>
    <message>
        <source>id: %1
title: %2
status: %3
downloaded: %4 of %5
uploaded: %6 of %7
</source>
        <translation>id: %1
título: %2
estado: %3
descargado: %4 de %5
subido: %6 de %7
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>[%1] %2 %3 -&gt; HTTP %4, %5 bytes, %6, %7
</source>
        <translation>[%1] %2 %3 -&gt; HTTP %4, %5 bytes, %6, %7
</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>sin archivo</translation>
    </message>
</context>
<context>
    <name>Ferry::DesktopOpener</name>
    <message>
        <source>No application could open &quot;%1&quot;.</source>
        <translation>Ninguna aplicación pudo abrir «%1».</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>No se pudo abrir la carpeta «%1».</translation>
    </message>
</context>
<context>
    <name>Ferry::DesktopShell</name>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry sigue funcionando</translation>
    </message>
    <message>
        <source>Downloads go on in the background. Click the tray icon to bring the window back, or choose Quit in its menu to leave Ferry.</source>
        <translation>Las descargas continúan en segundo plano. Haga clic en el icono de la bandeja del sistema para recuperar la ventana o elija «Salir» en su menú para cerrar Ferry.</translation>
    </message>
</context>
<context>
    <name>Ferry::DetailsPane</name>
    <message>
        <source>&amp;Open File</source>
        <translation>Abrir a&amp;rchivo</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>Copiar &amp;URL</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Files of the selected download</source>
        <translation>Archivos de la descarga seleccionada</translation>
    </message>
    <message>
        <source>No download selected</source>
        <translation>Ninguna descarga seleccionada</translation>
    </message>
    <message>
        <source>Select a download to see its files.</source>
        <translation>Seleccione una descarga para ver sus archivos.</translation>
    </message>
    <message>
        <source>Id %1 · added %2</source>
        <translation>Id %1 · añadida %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Requests sent for this file, retries included</source>
        <translation>Peticiones enviadas para este archivo, reintentos incluidos</translation>
    </message>
</context>
<context>
    <name>Ferry::FetchRunner</name>
    <message>
        <source>Fetching &quot;%1&quot;</source>
        <translation>Descargando «%1»</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>Fallo: %1 (%2)</translation>
    </message>
    <message>
        <source>Interrupted; continue with: ferry resume %1</source>
        <translation>Interrumpido; continúe con: ferry resume %1</translation>
    </message>
    <message>
        <source>ferry: cannot read the outcome of &quot;%1&quot; from the database</source>
        <translation>ferry: no se puede leer el resultado de «%1» de la base de datos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; give a login with --user USER:PASSWORD or in ~/.netrc</source>
        <translation>; indique un inicio de sesión con --user USER:PASSWORD o en ~/.netrc</translation>
    </message>
</context>
<context>
    <name>Ferry::JobNotifications</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Stopped after %1.</source>
        <translation>Detenida tras %1.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 terminada</translation>
    </message>
    <message>
        <source>%1 aborted</source>
        <translation>%1 cancelada</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 falló</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads finished</source>
        <translation>
            <numerusform>%n descarga terminada</numerusform>
            <numerusform>%n descargas terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloads ended, %1 failed</source>
        <translation>
            <numerusform>%n descarga terminada, %1 fallida</numerusform>
            <numerusform>%n descargas terminadas, %1 fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Reintentar las fallidas</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
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
        <translation>Descargas</translation>
    </message>
    <message>
        <source>No downloads here yet.
Press %1 to add one, or drop a link on this window.</source>
        <translation>Todavía no hay descargas.
Pulse %1 para añadir una o suelte un enlace en esta ventana.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Search titles and ids</source>
        <translation>Buscar títulos e ids</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descarga</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>1 download</source>
        <translation>1 descarga</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 descargas</translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1, %2 seleccionadas</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Remove Downloads</source>
        <translation>Quitar descargas</translation>
    </message>
    <message>
        <source>Remove the selected download from the list?</source>
        <translation>¿Quitar de la lista la descarga seleccionada?</translation>
    </message>
    <message>
        <source>Remove %1 downloads from the list?</source>
        <translation>¿Quitar %1 descargas de la lista?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Also &amp;delete the downloaded files</source>
        <translation>Borrar también los archivos &amp;descargados</translation>
    </message>
    <message>
        <source>Running downloads are stopped. Files are kept unless you tick the box below.</source>
        <translation>Las descargas en curso se detienen. Los archivos se conservan a menos que marque la casilla de abajo.</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationCommands</name>
    <message>
        <source>Could not add the download: %1</source>
        <translation>No se pudo añadir la descarga: %1</translation>
    </message>
    <message>
        <source>Could not resume &quot;%1&quot;: %2</source>
        <translation>No se pudo reanudar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not abort &quot;%1&quot;: %2</source>
        <translation>No se pudo cancelar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not retry &quot;%1&quot;: %2</source>
        <translation>No se pudo reintentar «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationDelegate</name>
    <message>
        <source>%1 · sent %2</source>
        <translation>%1 · enviado %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No file saved</source>
        <translation>No se guardó ningún archivo</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationModel</name>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
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
        <translation>Mostrar una &amp;notificación al terminar una descarga</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Ferry running in the tray</source>
        <translation>Al &amp;cerrar la ventana, Ferry sigue funcionando en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Start &amp;hidden in the tray</source>
        <translation>Iniciar &amp;oculto en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Elegir la carpeta de descargas</translation>
    </message>
    <message>
        <source>Maximum active downloads</source>
        <translation>Máximo de descargas activas</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>Conexiones por archivo</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitada</translation>
    </message>
    <message>
        <source>Speed limit in KiB per second</source>
        <translation>Límite de velocidad en KiB por segundo</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>Carpeta de &amp;descargas:</translation>
    </message>
    <message>
        <source>Maximum &amp;active downloads:</source>
        <translation>Máximo de descargas &amp;activas:</translation>
    </message>
    <message>
        <source>C&amp;onnections per file:</source>
        <translation>Cone&amp;xiones por archivo:</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>Límite de &amp;velocidad:</translation>
    </message>
    <message>
        <source>Choose a folder for downloads.</source>
        <translation>Elija una carpeta para las descargas.</translation>
    </message>
    <message>
        <source>Use a full path, starting with /.</source>
        <translation>Use una ruta completa que empiece por /.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Esto es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>You cannot write to this folder.</source>
        <translation>No puede escribir en esta carpeta.</translation>
    </message>
    <message>
        <source>This folder does not exist and cannot be created.</source>
        <translation>Esta carpeta no existe y no se puede crear.</translation>
    </message>
    <message>
        <source>Connections per server</source>
        <translation>Conexiones por servidor</translation>
    </message>
    <message>
        <source>Open connections to one server, counting every download. One file may still use as many as its connections per file.</source>
        <translation>Conexiones abiertas con un mismo servidor, contando todas las descargas. Aun así, un archivo puede usar tantas como sus conexiones por archivo.</translation>
    </message>
    <message>
        <source>Connections in total</source>
        <translation>Conexiones en total</translation>
    </message>
    <message>
        <source>Open connections to all servers together.</source>
        <translation>Conexiones abiertas con todos los servidores juntos.</translation>
    </message>
    <message>
        <source>Connections per se&amp;rver:</source>
        <translation>Conexiones por se&amp;rvidor:</translation>
    </message>
    <message>
        <source>&amp;Total connections:</source>
        <translation>Conexiones en &amp;total:</translation>
    </message>
    <message>
        <source>The total must be at least the number of connections per server.</source>
        <translation>El total debe ser al menos el número de conexiones por servidor.</translation>
    </message>
    <message>
        <source>From the environment (http_proxy, https_proxy, all_proxy)</source>
        <translation>De las variables de entorno (http_proxy, https_proxy, all_proxy)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 or socks5h://127.0.0.1:1080</source>
        <translation>http://proxy.example:3128 o socks5h://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL del proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s URL.</source>
        <translation>Introduzca la URL del proxy.</translation>
    </message>
    <message>
        <source>Use an http://, socks5:// or socks5h:// URL with a host.</source>
        <translation>Use una URL http://, socks5:// o socks5h:// que incluya un host.</translation>
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
        <translation>guardado en %1 (%2)</translation>
    </message>
    <message>
        <source>saved to %1 (%2 in %3, %4)</source>
        <translation>guardado en %1 (%2 en %3, %4)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, such as &quot;0.4 s&quot; or &quot;12 s&quot;.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Ferry::Texts</name>
    <message>
        <source>Aborted</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>El servidor respondió con un error</translation>
    </message>
    <message>
        <source>The download failed (network error, redirect problem or checksum mismatch)</source>
        <translation>La descarga falló (error de red, problema de redirección o suma de verificación incorrecta)</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>No hay suficiente espacio en disco</translation>
    </message>
    <message>
        <source>The download was larger than its size limit</source>
        <translation>La descarga superó su límite de tamaño</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <source>The id must not be empty</source>
        <translation>El id no puede estar vacío</translation>
    </message>
    <message>
        <source>The id is longer than 1 MiB</source>
        <translation>El id ocupa más de 1 MiB</translation>
    </message>
    <message>
        <source>A registration with the id &quot;%1&quot; is already active</source>
        <translation>Ya hay un registro activo con el id «%1»</translation>
    </message>
    <message>
        <source>At least one URL is needed</source>
        <translation>Se necesita al menos una URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>«%1» no es una URL válida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a user name or password; Ferry does not store credentials in URLs</source>
        <translation>«%1» contiene un nombre de usuario o una contraseña; Ferry no guarda credenciales en las URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>«%1» no es una URL http ni https</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a port that is blocked for safety</source>
        <translation>«%1» usa un puerto bloqueado por seguridad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break and &apos;&lt;&apos;, which looks like injected markup</source>
        <translation>«%1» contiene un salto de línea y &apos;&lt;&apos;, lo que parece marcado inyectado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is blocked by policy</source>
        <translation>«%1» está bloqueada por una directiva</translation>
    </message>
    <message>
        <source>Requests in no-cors mode cannot be fetched in the background</source>
        <translation>Las peticiones en modo no-cors no se pueden descargar en segundo plano</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed HTTP method</source>
        <translation>«%1» no es un método HTTP permitido</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is invalid or managed by Ferry itself</source>
        <translation>La cabecera «%1» no es válida o la gestiona el propio Ferry</translation>
    </message>
    <message>
        <source>Cannot read the body file &quot;%1&quot;</source>
        <translation>No se puede leer el archivo del cuerpo «%1»</translation>
    </message>
    <message>
        <source>GET and HEAD requests cannot have a body</source>
        <translation>Las peticiones GET y HEAD no pueden tener cuerpo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid checksum (expected sha256-, sha384- or sha512- followed by base64, or 64 hex digits)</source>
        <translation>«%1» no es una suma de verificación válida (se esperaba sha256-, sha384- o sha512- seguido de base64, o 64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>Cannot write to the folder &quot;%1&quot;</source>
        <translation>No se puede escribir en la carpeta «%1»</translation>
    </message>
    <message>
        <source>An option has an invalid value</source>
        <translation>Una opción tiene un valor no válido</translation>
    </message>
    <message>
        <source>Not enough free space in &quot;%1&quot;</source>
        <translation>No hay suficiente espacio libre en «%1»</translation>
    </message>
    <message>
        <source>The database could not be written: %1</source>
        <translation>No se pudo escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>The registration is not active</source>
        <translation>El registro no está activo</translation>
    </message>
    <message>
        <source>The event is no longer active</source>
        <translation>El evento ya no está activo</translation>
    </message>
    <message>
        <source>updateUI() was already called for this event</source>
        <translation>updateUI() ya se llamó para este evento</translation>
    </message>
    <message>
        <source>The event was not created by Ferry</source>
        <translation>El evento no lo creó Ferry</translation>
    </message>
    <message>
        <source>The records of this registration are no longer available</source>
        <translation>Los elementos de este registro ya no están disponibles</translation>
    </message>
    <message>
        <source>The response is not available</source>
        <translation>La respuesta no está disponible</translation>
    </message>
    <message>
        <source>Only registrations made of GET requests can be paused</source>
        <translation>Solo se pueden pausar los registros formados por peticiones GET</translation>
    </message>
    <message>
        <source>The registration &quot;%1&quot; is being run by another Ferry process</source>
        <translation>Otro proceso de Ferry está ejecutando el registro «%1»</translation>
    </message>
    <message>
        <source>No active registration has the id &quot;%1&quot;</source>
        <translation>Ningún registro activo tiene el id «%1»</translation>
    </message>
    <message>
        <source>URL %1: %2</source>
        <translation>URL %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>queda %n min</numerusform>
            <numerusform>quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>quedan %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed: server error</source>
        <translation>Fallo: error del servidor</translation>
    </message>
    <message>
        <source>Failed: network or checksum error</source>
        <translation>Fallo: red o suma de verificación</translation>
    </message>
    <message>
        <source>Failed: larger than its limit</source>
        <translation>Fallo: supera su límite</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Esperando una conexión</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Reintento en %n s</numerusform>
            <numerusform>Reintento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>The server did not accept the request</source>
        <translation>El servidor no aceptó la petición</translation>
    </message>
    <message>
        <source>The server asks for a login</source>
        <translation>El servidor pide iniciar sesión</translation>
    </message>
    <message>
        <source>The server refuses access to the file</source>
        <translation>El servidor niega el acceso al archivo</translation>
    </message>
    <message>
        <source>The server has no such file</source>
        <translation>El servidor no tiene ese archivo</translation>
    </message>
    <message>
        <source>The proxy asks for a login</source>
        <translation>El proxy pide iniciar sesión</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>El servidor tardó demasiado en responder</translation>
    </message>
    <message>
        <source>The file was removed from the server</source>
        <translation>El archivo fue retirado del servidor</translation>
    </message>
    <message>
        <source>The server cannot send the rest of the file</source>
        <translation>El servidor no puede enviar el resto del archivo</translation>
    </message>
    <message>
        <source>The server is getting too many requests</source>
        <translation>El servidor recibe demasiadas peticiones</translation>
    </message>
    <message>
        <source>The server had an internal error</source>
        <translation>El servidor tuvo un error interno</translation>
    </message>
    <message>
        <source>The server&apos;s gateway failed</source>
        <translation>Falló la pasarela del servidor</translation>
    </message>
    <message>
        <source>The server is unavailable for now</source>
        <translation>El servidor no está disponible por ahora</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>El servidor falló</translation>
    </message>
    <message>
        <source>The server refused the download</source>
        <translation>El servidor rechazó la descarga</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A reason and its HTTP status code: &quot;The server has no such file (404)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stopped: disk full</source>
        <translation>Detenida: disco lleno</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>El certificado de %1 no es de confianza: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the file was complete</source>
        <translation>La conexión con %1 se cortó antes de completar el archivo</translation>
    </message>
    <message>
        <source>The download from %1 failed: %2</source>
        <translation>La descarga desde %1 falló: %2</translation>
    </message>
    <message>
        <source>The file from %1 does not match its checksum</source>
        <translation>El archivo de %1 no coincide con su suma de verificación</translation>
    </message>
    <message>
        <source>Failed: certificate not trusted</source>
        <translation>Fallo: certificado no fiable</translation>
    </message>
    <message>
        <source>Failed: network error</source>
        <translation>Fallo: error de red</translation>
    </message>
    <message>
        <source>Failed: checksum mismatch</source>
        <translation>Fallo: la suma de verificación no coincide</translation>
    </message>
</context>
<context>
    <name>Ferry::TrayController</name>
    <message>
        <source>&amp;Pause All</source>
        <translation>&amp;Pausar todas</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>&amp;Reanudar todas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>paused at %1</source>
        <translation>en pausa al %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the window…</source>
        <translation>
            <numerusform>%n más en la ventana…</numerusform>
            <numerusform>%n más en la ventana…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Ferry</source>
        <translation>&amp;Ocultar Ferry</translation>
    </message>
    <message>
        <source>&amp;Show Ferry</source>
        <translation>&amp;Mostrar Ferry</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n descarga activa</numerusform>
            <numerusform>%n descargas activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n descarga en pausa</numerusform>
            <numerusform>%n descargas en pausa</numerusform>
        </translation>
    </message>
    <message>
        <source>No active downloads</source>
        <translation>No hay descargas activas</translation>
    </message>
    <message>
        <source>A download failed</source>
        <translation>Una descarga ha fallado</translation>
    </message>
    <message>
        <source>&amp;Add Download…</source>
        <translation>&amp;Añadir descarga…</translation>
    </message>
</context>
<context>
    <name>Ferry::UrlProbe</name>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · size unknown</source>
        <translation>%1 · tamaño desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>One of them failed: %1</source>
        <translation>Uno de ellos falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them failed, the first: %1</source>
        <translation>
            <numerusform>%n de ellos falló, el primero: %1</numerusform>
            <numerusform>%n de ellos fallaron, el primero: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::WindowActions</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add from &amp;Clipboard</source>
        <translation>Añadir desde el &amp;portapapeles</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Pause or Resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <source>A&amp;bort</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copiar URL</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove with &amp;Files…</source>
        <translation>Quitar con los arc&amp;hivos…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Add a download (%1)</source>
        <translation>Añadir una descarga (%1)</translation>
    </message>
    <message>
        <source>Remove the selected downloads from the list</source>
        <translation>Quitar de la lista las descargas seleccionadas</translation>
    </message>
    <message>
        <source>Remove the selected downloads and delete their files</source>
        <translation>Quitar las descargas seleccionadas y borrar sus archivos</translation>
    </message>
    <message>
        <source>Download the same URLs again</source>
        <translation>Descargar de nuevo las mismas URL</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ferry: cannot open the database: %1</source>
        <translation>ferry: no se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Ferry cannot open its list of downloads.</source>
        <translation>Ferry no puede abrir su lista de descargas.</translation>
    </message>
    <message>
        <source>ferry: %1 holds no readable certificate; https downloads will not be trusted</source>
        <translation>ferry: %1 no contiene ningún certificado legible; las descargas https no se considerarán de confianza</translation>
    </message>
    <message>
        <source>ferry: ignoring %1</source>
        <translation>ferry: se ignora %1</translation>
    </message>
    <message>
        <source>ferry: cannot read %1</source>
        <translation>ferry: no se puede leer %1</translation>
    </message>
</context>
</TS>
