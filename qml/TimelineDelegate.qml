import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// One event of a case: when, what, who, on which station, signature state, and how far the
// bureau has it (receipt: sealed on this device / received by the bureau / in the bureau log,
// proof checked); an event the fold did not apply is shown with its reason, never hidden.
ItemDelegate {
    id: row

    required property StationBackend backend
    required property string type
    required property string officerName
    required property string station
    required property double time
    required property bool valid
    required property bool late
    required property bool conflict
    required property string reason
    required property bool signatureValid
    required property string receipt

    height: Math.max(Theme.touch, content.implicitHeight + 16)
    background: Rectangle {
        color: !row.valid || row.conflict ? Theme.dangerSoft : row.late ? Theme.amberSoft : "transparent"
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line }
    }
    contentItem: RowLayout {
        id: content
        spacing: Theme.gap
        Label {
            textFormat: Text.PlainText
            text: row.backend.formatDateTime(row.time)
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
            Layout.preferredWidth: 150
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { textFormat: Text.PlainText; text: Labels.eventType(row.type); font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
            Label {
                textFormat: Text.PlainText
                text: row.officerName + " · " + row.station
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                visible: row.reason.length > 0
                text: (row.valid ? "" : qsTr("Not applied: ")) + row.reason
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                Layout.fillWidth: true
            }
        }
        Rectangle {
            id: receiptBadge
            objectName: "receiptBadge"
            readonly property bool logged: row.receipt === "logged"
            readonly property bool received: row.receipt === "received"
            Layout.preferredWidth: 150
            Layout.preferredHeight: Math.max(32, receiptLabel.implicitHeight + 8)
            radius: height / 2
            color: logged ? Theme.ok : received ? Theme.infoSoft : Theme.background
            border.color: logged ? Theme.ok : received ? Theme.info : Theme.line
            Label {
                id: receiptLabel
                textFormat: Text.PlainText
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 8
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                font.pixelSize: Theme.smallSize
                color: receiptBadge.logged ? Theme.primaryText : receiptBadge.received ? Theme.info : Theme.textMuted
                text: receiptBadge.logged ? qsTr("In bureau log ✓")
                    : receiptBadge.received ? qsTr("At the bureau") : qsTr("On this device")
            }
        }
        Label {
            textFormat: Text.PlainText
            text: row.signatureValid ? qsTr("signed ✓") : qsTr("signature ✗")
            color: row.signatureValid ? Theme.ok : Theme.danger
            font.pixelSize: Theme.smallSize
            Layout.preferredWidth: 96
        }
    }
}
