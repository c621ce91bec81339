pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// A titled short list of cases for the Today page; a tap opens the case. With showCountdown,
// each row shows the time left to the defence deadline (red under 2 h and overdue, amber under 6 h, as on
// the dashboard); otherwise the status and the time of the officer's latest action.
Rectangle {
    id: box

    required property string title
    required property string empty
    required property TodayCaseListModel model
    required property StationBackend backend
    required property bool showCountdown
    signal openCase(string caseNumber)

    color: Theme.surface
    border.color: Theme.line
    radius: Theme.radius

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 4

        Label {
            textFormat: Text.PlainText
            // The count tells the officer how much is below the fold.
            text: list.count > 0 ? qsTr("%1 · %2").arg(box.title).arg(list.count) : box.title
            font.bold: true
            font.pixelSize: 22
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        ListView {
            id: list
            clip: true
            model: box.model
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Always drawn when the list is longer than the box, wide and dark enough to see.
            ScrollBar.vertical: ScrollBar {
                id: scrollBar
                policy: ScrollBar.AlwaysOn
                contentItem: Rectangle {
                    implicitWidth: 10
                    radius: 5
                    color: Theme.textMuted
                    visible: scrollBar.size < 1.0
                }
            }
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string caseNumber
                required property string status
                required property string booth
                required property string complainant
                required property double deadlineAt
                required property double lastActionAt
                width: ListView.view.width - 14  // room for the scroll bar
                height: 68
                onClicked: box.openCase(row.caseNumber)
                background: Rectangle {
                    color: row.pressed ? Theme.infoSoft : "transparent"
                    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line }
                }
                contentItem: RowLayout {
                    spacing: Theme.gap
                    // Two lines: the complainant's name gets the row's whole width.
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        RowLayout {
                            spacing: Theme.gap
                            Label { textFormat: Text.PlainText; text: row.caseNumber; font.bold: true }
                            Label { textFormat: Text.PlainText; text: row.booth; font.bold: true }
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: row.complainant
                            elide: Text.ElideRight
                            color: Theme.textMuted
                            font.pixelSize: Theme.smallSize
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: box.showCountdown ? Labels.countdown(row.deadlineAt, box.backend.now)
                                                : Labels.status(row.status) + "  " + box.backend.formatTime(row.lastActionAt)
                        color: box.showCountdown ? Labels.countdownColor(row.deadlineAt, box.backend.now) : Theme.info
                        font.bold: box.showCountdown
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 220
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0
                text: box.empty
                color: Theme.textMuted
            }
        }
    }
}
