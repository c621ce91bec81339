pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import QtMultimedia
import FairGuard.Models

// The respondent's receipt of the notice, and later of the decision notice, at the booth: name
// and role, the declaration they sign for, and their signature on the pad; or "refuses to
// sign", which needs a photo of the paper left at the booth and a second officer as witness
// (docs/station.md, "Receipt").
Popup {
    id: editor

    required property CaseController controller
    property bool refusing: false
    property string photo  // sealed blob of the refusal photo
    // The paper received: the notice first, then the decision notice (CaseController::receiptAbout);
    // or, with `complainant`, the complainant's acceptance or rejection slip (no role, no refusal).
    readonly property bool decision: controller.receiptAbout === "decision.recorded"
    property bool complainant: false
    readonly property bool rejectionSlip: controller.complainantReceiptAbout === "case.rejected"
    signal photoWanted()

    function setPhoto(hash) {
        photo = hash
        open()
    }
    function submit() {
        const ok = complainant ? controller.signComplainantReceipt(pad.pngDataUrl(), name.text)
                 : refusing ? controller.refuseReceipt(name.text, role.text, photo, witness.text)
                 : controller.signReceipt(pad.pngDataUrl(), name.text, role.text)
        if (ok)
            close()
    }

    onAboutToShow: controller.clearError()
    onClosed: if (complainant || !controller.receiptPending) { refusing = false; photo = ""; pad.clear() }
    modal: true
    width: 1100
    height: 720
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.line }

    MediaDevices { id: devices }
    FileDialog {
        id: fileDialog
        title: qsTr("Photo of the notice left at the booth")
        onAccepted: {
            const hash = editor.controller.sealRefusalPhoto(selectedFile)
            if (hash !== "")
                editor.photo = hash
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            textFormat: Text.PlainText
            text: editor.complainant ? qsTr("The complainant's receipt: %1").arg(Labels.paper(editor.rejectionSlip ? "rejection" : "acceptance"))
                  : editor.decision ? qsTr("Receipt of the decision notice") : qsTr("Receipt of the notice")
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        RowLayout {
            spacing: Theme.gap
            FormField {
                id: name
                objectName: "receiptName"
                label: editor.complainant ? qsTr("Name of the complainant (or their agent)") : qsTr("Name of the person at the booth")
            }
            FormField {
                id: role
                objectName: "receiptRole"
                visible: !editor.complainant
                label: qsTr("Role at the booth (e.g. booth manager)")
            }
        }
        CheckBox {
            id: refuses
            objectName: "receiptRefuses"
            text: qsTr("Refuses to sign")
            visible: !editor.complainant
            checked: editor.refusing
            implicitHeight: Theme.touch
            onToggled: editor.refusing = checked
        }
        // Signing: what they confirm, then the pad.
        ColumnLayout {
            visible: !editor.refusing
            spacing: 8
            Layout.fillWidth: true
            Layout.fillHeight: true
            Label {
                objectName: "receiptDeclaration"
                textFormat: Text.PlainText
                text: editor.complainant ? editor.controller.complainantDeclaration(name.text)
                                         : editor.controller.receiptDeclaration(name.text, role.text)
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            SignaturePad {
                id: pad
                objectName: "receiptPad"
                prompt: qsTr("The recipient signs here")
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
        // Refusing: the photo and the witness.
        ColumnLayout {
            visible: editor.refusing
            spacing: 8
            Layout.fillWidth: true
            Layout.fillHeight: true
            Label {
                textFormat: Text.PlainText
                text: editor.decision
                      ? qsTr("Leave the decision notice at the booth and photograph it there; a second officer witnesses the refusal.")
                      : qsTr("Leave the notice at the booth and photograph it there; a second officer witnesses the refusal.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.gap
                Button {
                    visible: devices.videoInputs.length > 0
                    text: qsTr("Take photo")
                    implicitHeight: Theme.touch
                    onClicked: { editor.close(); editor.photoWanted() }
                }
                Button { text: qsTr("Import photo…"); implicitHeight: Theme.touch; onClicked: fileDialog.open() }
                Image {
                    visible: editor.photo !== ""
                    source: editor.photo !== "" ? "image://evidence/" + editor.photo : ""
                    sourceSize.height: 96
                    asynchronous: true
                }
                Label {
                    objectName: "receiptPhotoState"
                    textFormat: Text.PlainText
                    text: editor.photo !== "" ? qsTr("Photo sealed ✓") : qsTr("No photo yet")
                    color: editor.photo !== "" ? Theme.ok : Theme.textMuted
                }
            }
            FormField { id: witness; objectName: "receiptWitness"; label: qsTr("Witness: the second officer's id (e.g. OF-023)") }
            Item { Layout.fillHeight: true }
        }
        Label {
            objectName: "receiptError"
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
            Button { text: qsTr("Clear signature"); visible: !editor.refusing; implicitHeight: Theme.touch; onClicked: pad.clear() }
            Button { text: qsTr("Cancel"); implicitHeight: Theme.touch; onClicked: editor.close() }
            Button {
                objectName: "receiptSave"
                text: editor.refusing ? qsTr("Record refusal") : qsTr("Record receipt")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: editor.submit()
            }
        }
    }
}
