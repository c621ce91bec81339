pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The exhibitors' self-service kiosk, over the whole window while kiosk mode is on: language
// first, then the complaint form, then thanks (and back to the start for the next person). It
// reaches no case: the only way out is an officer's id + PIN. Back and Escape do nothing.
Rectangle {
    id: kiosk

    required property StationBackend backend
    readonly property KioskDesk desk: backend.kioskDesk
    // "language", "form", "thanks" or "exit" (the officer's id + PIN)
    property string stage: "language"
    property int receipt: 0

    color: Theme.background
    focus: visible
    Keys.onEscapePressed: (event) => { event.accepted = true }
    Keys.onBackPressed: (event) => { event.accepted = true }

    // The next person starts from an empty form: the form is made anew, the last error goes.
    function nextPerson() {
        scanner.model = 0
        desk.clearError()
        receipt = 0
        form.model = 0
        form.model = 1
        stage = "language"
    }

    // The page tour's "kiosk/form/3": a later step of the form.
    function showFormStep(step) {
        const current = form.itemAt(0) as KioskForm
        if (current)
            current.page = step
    }

    function showScanner(on) {
        scanner.model = on ? 1 : 0
    }

    onVisibleChanged: if (visible) nextPerson()

    // A form left half-filled is cleared after 3 minutes without typing; the thanks screen
    // goes back to the start after 30 s.
    Timer {
        id: idle
        interval: kiosk.stage === "thanks" ? 30 * 1000 : 3 * 60 * 1000
        running: kiosk.visible && kiosk.stage !== "language"
        onTriggered: kiosk.nextPerson()
    }

    RowLayout {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap }
        spacing: Theme.gap
        Label {
            textFormat: Text.PlainText
            // Before a language is chosen the title is in both (it is what the choice is about).
            text: kiosk.stage === "language" ? "投诉自助登记 · Complaint self-service"
                                             : qsTr("Complaint self-service · %1").arg(kiosk.backend.fairName)
            font.pixelSize: Theme.titleSize
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Button {
            objectName: "kioskOfficer"
            // Not "Officer": exhibitors tapped it looking for help.
            text: kiosk.stage === "language" ? "工作人员退出 · Staff exit" : qsTr("Staff exit")
            visible: kiosk.stage !== "exit"
            implicitHeight: Theme.touch
            onClicked: { kiosk.desk.clearError(); kiosk.stage = "exit" }
        }
    }

    Item {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom; margins: Theme.gap }

        KioskLanguageChoice {
            anchors.fill: parent
            visible: kiosk.stage === "language"
            language: kiosk.backend.language
            onChosen: kiosk.stage = "form"
        }
        // A Repeater of one rather than a Loader: Qt 6.4's Loader cannot make a component of a
        // file with ComponentBehavior: Bound (docs/toolchain.md). nextPerson() refills it.
        Repeater {
            id: form
            model: 1
            delegate: KioskForm {
                anchors.fill: parent
                visible: kiosk.stage === "form"
                desk: kiosk.desk
                onActivity: idle.restart()
                onSubmitted: (number) => { kiosk.receipt = number; kiosk.stage = "thanks" }
                onCancelled: kiosk.nextPerson()
                onScanRequested: kiosk.showScanner(true)
            }
        }
        KioskThanks {
            anchors.fill: parent
            visible: kiosk.stage === "thanks"
            receipt: kiosk.receipt
            onDone: kiosk.nextPerson()
        }
        KioskExitPanel {
            anchors.fill: parent
            visible: kiosk.stage === "exit"
            desk: kiosk.desk
            session: kiosk.backend.session
            onCancelled: kiosk.stage = kiosk.receipt > 0 ? "thanks" : (form.itemAt(0) as KioskForm)?.started ? "form" : "language"
        }
    }

    // The scanner page over the kiosk while the booth's sticker is scanned (a Repeater of 0 or
    // 1, as in EnrolmentPage.qml). Code mode without the backend: the form checks the sticker,
    // and a kiosk scan does not become the officers' last verified booth.
    Repeater {
        id: scanner
        model: 0
        delegate: ScannerPage {
            objectName: "kioskScanner"
            width: kiosk.width
            height: kiosk.height
            mode: "code"
            onCodeAccepted: (text, format) => {
                (form.itemAt(0) as KioskForm)?.useScannedSticker(text)
                scanner.model = 0
            }
            onBack: scanner.model = 0
        }
    }
}
