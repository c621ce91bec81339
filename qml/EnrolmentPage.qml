import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// First start: the station joins a fair with the one-time enrolment code the bureau prints
// (`fairguard-relay enroll`): pasted or typed by a scanner, or read from a photo of the QR code.
Rectangle {
    id: page

    required property StationBackend backend
    readonly property SyncWorker sync: backend.sync
    readonly property var check: sync.checkPayload(payload.text)

    color: Theme.background

    MouseArea { anchors.fill: parent }

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
                FormField { id: image; label: qsTr("…or a photo of the QR code (file path)") }
                Button {
                    text: qsTr("Read code")
                    implicitHeight: Theme.touch
                    Layout.alignment: Qt.AlignBottom
                    onClicked: {
                        const text = page.sync.payloadFromImage(image.text)
                        if (text.length > 0)
                            payload.text = text
                    }
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
}
