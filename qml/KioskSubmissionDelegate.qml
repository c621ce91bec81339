import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// One waiting self-service submission: number, time, complainant, right, booth, language.
// "Remove" asks for a second tap.
Rectangle {
    id: row

    required property int submissionId
    required property double receivedAt
    required property string language
    required property string name
    required property string rightType
    required property string rightNumber
    required property string booth
    required property string takenBy
    required property StationBackend backend
    signal takeOver(int id)
    signal discard(int id)
    property bool confirmRemove: false

    height: 88
    color: Theme.surface
    border.color: Theme.line
    radius: Theme.radius

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        spacing: Theme.gap
        ColumnLayout {
            spacing: 2
            Layout.preferredWidth: 150
            Label { textFormat: Text.PlainText; text: "K-" + row.submissionId; font.bold: true; font.pixelSize: 22 }
            Label {
                textFormat: Text.PlainText
                text: row.backend.formatTime(row.receivedAt) + " · " + (row.language === "zh_CN" ? "中文" : "English")
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { textFormat: Text.PlainText; text: row.name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
            Label {
                textFormat: Text.PlainText
                text: Labels.rightType(row.rightType) + "  " + row.rightNumber + "  ·  " + qsTr("booth %1").arg(row.booth)
                      + (row.takenBy.length > 0 ? "  ·  " + qsTr("opened by %1").arg(row.takenBy) : "")
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Button {
            text: row.confirmRemove ? qsTr("Remove for good?") : qsTr("Remove")
            implicitHeight: Theme.touch
            onClicked: {
                if (row.confirmRemove)
                    row.discard(row.submissionId)
                row.confirmRemove = !row.confirmRemove
            }
        }
        Button {
            objectName: "takeOver"
            text: qsTr("Take over")
            highlighted: true
            implicitHeight: Theme.touch
            onClicked: row.takeOver(row.submissionId)
        }
    }
}
