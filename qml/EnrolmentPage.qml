pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import FairGuard.Models

// First start: the station joins a fair with the one-time enrolment code the bureau prints
// (`fairguard-relay enroll`): scanned with the tablet's camera (the scanner page), read from
// an imported photo of the QR code, or pasted / typed by a keyboard scanner. The language
// can be switched here, before anyone signs in.
Rectangle {
    id: page

    required property StationBackend backend
    readonly property SyncWorker sync: backend.sync
    readonly property var check: sync.checkPayload(payload.text)

    color: Theme.background

    MouseArea { anchors.fill: parent }

    FileDialog {
        id: photoDialog
        title: qsTr("Import a photo of the enrolment QR code")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.bmp)")]
        onAccepted: {
            const text = page.sync.payloadFromImage(selectedFile)
            if (text.length > 0)
                payload.text = text
        }
    }

    Button {
        objectName: "enrolmentLanguage"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        implicitHeight: Theme.touch
        flat: true
        text: page.backend.language.language === "zh_CN" ? "English" : "中文"
        onClicked: page.backend.language.language = page.backend.language.language === "zh_CN" ? "en" : "zh_CN"
    }

    Pane {
        anchors.centerIn: parent
        width: 760
        padding: 32
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.line }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.gap

            Label {
                textFormat: Text.PlainText
                text: qsTr("Enrol this station")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Scan or paste the enrolment code the IP bureau printed for this station (it starts with FGE1:).")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            FormField {
                id: payload
                objectName: "enrolmentPayload"
                label: qsTr("Enrolment code")
                hint: payload.text.length > 0 ? page.check.message : ""
                hintColor: page.check.ok ? Theme.ok : Theme.danger
            }
            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                Button {
                    objectName: "enrolmentScan"
                    text: qsTr("Scan the QR code")
                    implicitHeight: Theme.touch
                    Layout.fillWidth: true
                    onClicked: scanner.model = 1
                }
                Button {
                    objectName: "enrolmentImport"
                    text: qsTr("Import a photo of it…")
                    implicitHeight: Theme.touch
                    Layout.fillWidth: true
                    onClicked: photoDialog.open()
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: page.sync.lastError.length > 0
                text: page.sync.lastError
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                text: page.sync.busy ? qsTr("Enrolling…") : qsTr("Enrol")
                highlighted: true
                opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
                enabled: page.check.ok && !page.sync.busy
                implicitHeight: Theme.touch
                Layout.fillWidth: true
                onClicked: page.sync.enrol(payload.text)
            }
        }
    }

    // The scanner page over this one while scanning (camera; without one it offers an image
    // import and typing). A Repeater of 0 or 1, not a Loader: Qt 6.4's Loader cannot make a
    // component of a file with ComponentBehavior: Bound (docs/toolchain.md).
    Repeater {
        id: scanner
        model: 0
        delegate: ScannerPage {
            objectName: "enrolmentScanner"
            width: page.width
            height: page.height
            mode: "code"  // no backend: an enrolment code is no booth sticker
            onCodeAccepted: (text, format) => {
                payload.text = text
                scanner.model = 0
            }
            onBack: scanner.model = 0
        }
    }
}
