import QtQuick
import FairGuard.Models

// The station window. Its first frame is only what the officer first sees: the sign-in page
// when no officer is signed in, else the bare window. The pages (StationShell.qml: header bar,
// dashboard, wizard, kiosk...) and the Qt Quick Controls they need are made after it: building
// them took 150-400 ms before the first frame (docs/station.md, "Start-up").
Window {
    id: window

    required property StationBackend backend
    // Every page the self-test and the screenshots visit (see showPage).
    readonly property var pageNames: ["signIn", "signIn/wrongPin", "signIn/lockedOut", "dashboard", "dashboard/sync", "dashboard/offline", "dashboard/booth", "dashboard/noMatch", "intake", "intake/1", "intake/2", "intake/3",
                                      "intake/4", "intake/5", "intake/6", "intake/draft/5", "intake/draft/6", "case", "case/notice.served", "case/defence.recorded",
                                      "case/decision.recorded", "case/decision.recorded/confirm", "case/evidence.added", "case/evidence.corrected", "case/receipt", "case/receipt/refuse", "case/receipt/decision", "case/receipt/complainant", "case/decided", "case/decided/end", "documentPreview", "documentPreview/acceptance", "enrolment", "scanner", "today", "today/accepted",
                                      "kiosk", "kiosk/form", "kiosk/form/1", "kiosk/form/2", "kiosk/form/3", "kiosk/scan", "kiosk/thanks", "kiosk/exit", "kioskQueue",
                                      "kioskQueue/takeOver"]
    // The pages are made (showPage works from then on; load_main_window waits for it).
    readonly property bool pagesReady: shell.status === Loader.Ready

    width: 1280
    height: 800
    visible: true
    title: qsTr("FairGuard complaint station")
    color: Theme.background
    // Basic style coloured for a bright hall (effects-based styles draw nothing in the
    // software renderer that offscreen runs and low-end tablets use). Set on the window for
    // the pages below; the sign-in page draws its own field and button in the same colours.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.button: "#dde3ea"
    palette.buttonText: Theme.text
    palette.dark: Theme.primary
    palette.brightText: Theme.primaryText
    palette.highlight: Theme.primary
    palette.highlightedText: Theme.primaryText
    palette.mid: "#9aa5b4"
    palette.placeholderText: "#4b5563"  // 7.5:1 on a white field

    // Shows a page by name (StationShell.showPage); false until the pages are made.
    function showPage(name) {
        return window.pages !== null && window.pages.showPage(name)
    }
    // A case's page (StationShell.openCase); nothing until the pages are made.
    function openCase(number) {
        if (window.pages !== null)
            window.pages.openCase(number)
    }
    // Untyped: naming StationShell here would compile it before the first frame.
    readonly property var pages: shell.item

    // Kiosk mode: the window does not close (the tablet stays on the station app).
    onClosing: (close) => { close.accepted = !backend.kiosk && !backend.kioskDesk.active }

    // Set once the first frame is out (load_main_window does, or at once for the tour and the
    // tests): the pages are made then, in one go; made in slices between frames (an
    // asynchronous Loader) they took a third longer to show.
    property bool makePages: false
    onMakePagesChanged: if (makePages && shell.status === Loader.Null)
        shell.setSource("StationShell.qml", {backend: window.backend})
    Loader {
        id: shell
        anchors.fill: parent
    }

    // The sign-in page: made at once when the first frame needs it, else when first shown, and
    // kept (the next lock shows at once). Loaded by its file name, as the pages are: a type
    // named in this file would be compiled, Qt Quick Controls and all, before the first frame.
    readonly property bool signInShown: backend.enrolled && !backend.session.signedIn && !backend.kioskDesk.active
    onSignInShownChanged: if (signInShown) window.makeSignIn()
    function makeSignIn() {
        if (signIn.status !== Loader.Null)
            return
        signIn.setSource("SignInPage.qml", {
            session: window.backend.session,
            language: window.backend.language,
            fairName: Qt.binding(() => window.backend.fairName),
            stationCode: Qt.binding(() => window.backend.stationCode)
        })
    }
    Loader {
        id: signIn
        anchors.fill: parent
        z: 1  // over the pages
        visible: window.signInShown
        Component.onCompleted: if (window.signInShown) window.makeSignIn()
    }
}
