import QtQuick
import QtQuick.Controls
import FairGuard.Models

// The station window: header bar, a stack of pages, and the sign-in page on top whenever no
// officer is signed in. Pages stay alive under the sign-in page, so an idle lock or a change
// of officer loses no work.
ApplicationWindow {
    id: window

    required property StationBackend backend
    // Every page the self-test and the screenshots visit (see showPage).
    readonly property var pageNames: ["signIn", "dashboard"]

    width: 1280
    height: 800
    visible: true
    title: qsTr("FairGuard complaint station")
    color: Theme.background
    // Basic style coloured for a bright hall (effects-based styles draw nothing in the
    // software renderer that offscreen runs and low-end tablets use).
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
    palette.placeholderText: "#5d6675"
    font.pixelSize: Theme.fontSize

    // Shows a page by name; returns false if it cannot be shown now.
    function showPage(name) {
        switch (name) {
        case "signIn":
            backend.session.lock()
            return true
        case "dashboard":
            if (!backend.session.signedIn)
                return false
            stack.pop(null, StackView.Immediate)
            return true
        }
        return false
    }

    header: HeaderBar {
        backend: window.backend
        visible: window.backend.session.signedIn
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: DashboardPage {
            backend: window.backend
        }
    }

    SignInPage {
        anchors.fill: parent
        visible: !window.backend.session.signedIn
        session: window.backend.session
        fairName: window.backend.fairName
        stationCode: window.backend.stationCode
        language: window.backend.language
    }
}
