pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import QtMultimedia
import FairGuard.Models

// The respondent's defence: what they answer, and what they hand over with it (photos of
// their own design, a licence, prior art), each sealed the moment it is taken or imported
// and cited by defence.recorded (docs/station.md, "Defence"). After the deadline it is still
// recorded, marked late: the form says so before it is saved.
Popup {
    id: editor

    required property StationBackend backend
    required property CaseController controller
    property var attachments: []  // sealed blobs, in the order added
    signal photoWanted()

    function addAttachment(hash) {
        if (hash !== "" && attachments.indexOf(hash) < 0)
            attachments = attachments.concat([hash])
        open()
    }
    function submit() {
        if (controller.recordDefence(summary.text, attachments)) {
            summary.text = ""
            attachments = []
            close()
        }
    }

    readonly property var caseDetails: controller.details
    readonly property real deadline: caseDetails.deadline || 0
    onAboutToShow: controller.clearError()
    modal: true
    width: 900
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.line }

    MediaDevices { id: devices }
    FileDialog {
        id: fileDialog
        title: qsTr("Document or photo the respondent handed over")
        nameFilters: [qsTr("Photos and documents (*.jpg *.jpeg *.png *.pdf)"), qsTr("All files (*)")]
        onAccepted: editor.addAttachment(editor.controller.sealDefenceFile(selectedFile))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label { textFormat: Text.PlainText; text: qsTr("Record defence"); font.pixelSize: Theme.titleSize; font.bold: true }
        Label {
            objectName: "defenceLateWarning"
            visible: editor.deadline > 0 && editor.backend.now > editor.deadline
            textFormat: Text.PlainText
            text: qsTr("The defence period ended %1: this defence will be recorded as late.")
                  .arg(editor.backend.formatDateTime(editor.deadline))
            color: Theme.amber
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { textFormat: Text.PlainText; text: qsTr("Summary of the defence") }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            TextArea {
                id: summary
                objectName: "defenceSummary"
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("What the respondent answers, in their words or summarised")
            }
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Handed over with it (%1)").arg(editor.attachments.length)
            font.bold: true
        }
        RowLayout {
            spacing: Theme.gap
            Button {
                visible: devices.videoInputs.length > 0
                text: qsTr("Take photo")
                implicitHeight: Theme.touch
                onClicked: { editor.close(); editor.photoWanted() }
            }
            Button { text: qsTr("Attach file…"); implicitHeight: Theme.touch; onClicked: fileDialog.open() }
        }
        Flow {
            objectName: "defenceAttachments"
            spacing: 8
            Layout.fillWidth: true
            Repeater {
                model: editor.attachments
                delegate: ColumnLayout {
                    id: attachment
                    required property string modelData
                    required property int index
                    spacing: 2
                    Image {
                        source: "image://evidence/" + attachment.modelData
                        sourceSize.width: 120
                        sourceSize.height: 90
                        asynchronous: true
                    }
                    Button {
                        text: qsTr("Remove")
                        implicitHeight: Theme.touch
                        onClicked: {
                            const kept = editor.attachments.slice()
                            kept.splice(attachment.index, 1)
                            editor.attachments = kept
                        }
                    }
                }
            }
        }
        Label {
            objectName: "defenceError"
            textFormat: Text.PlainText
            visible: editor.controller.error.length > 0
            text: editor.controller.error
            color: Theme.danger
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.gap
            Layout.alignment: Qt.AlignRight
            Button { text: qsTr("Cancel"); implicitHeight: Theme.touch; onClicked: editor.close() }
            Button {
                objectName: "defenceSave"
                text: qsTr("Record defence")
                highlighted: true
                enabled: summary.text.trim().length > 0
                implicitHeight: Theme.touch
                onClicked: editor.submit()
            }
        }
    }
}
