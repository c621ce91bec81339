import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The station's day: cases by status (today and overall; a tap shows them on the dashboard),
// defence deadlines due soon (overdue first; red under 2 h and overdue, amber under 6 h) and the cases the
// signed-in officer received or acted on. Times in the fair's time zone.
Page {
    id: page

    required property StationBackend backend
    // A count was tapped: the dashboard shows the cases in `status` (received today if `today`).
    signal showCases(string status, bool today, double from, double to)
    signal openCase(string caseNumber)
    signal back()

    background: Rectangle { color: Theme.background }

    TodayModel {
        id: today
        backend: page.backend
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Button {
                text: qsTr("‹ Cases")
                implicitHeight: Theme.touch
                onClicked: page.back()
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Today, %1").arg(page.backend.formatDateTime(page.backend.now).slice(0, 10))
                font.pixelSize: Theme.titleSize
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("%1 received today · %2 in the fair").arg(today.todayTotal).arg(today.overallTotal)
                color: Theme.textMuted
            }
        }

        RowLayout {
            spacing: Theme.gap * 2
            Layout.fillWidth: true
            Layout.fillHeight: true

            TodayStatusTable {
                model: today
                Layout.preferredWidth: 480
                Layout.fillHeight: true
                onShowCases: (status, isToday) => page.showCases(status, isToday, today.dayStart, today.dayEnd)
            }

            ColumnLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                Layout.fillHeight: true

                TodayCaseList {
                    objectName: "dueSoon"
                    title: qsTr("Defence deadlines due in the next %n hours", "", today.dueWindowHours)
                           + (today.dueTotal > today.dueSoon.count ? qsTr(" (earliest %1 of %2)").arg(today.dueSoon.count).arg(today.dueTotal) : "")
                    empty: qsTr("No defence deadline in the next hours.")
                    model: today.dueSoon
                    backend: page.backend
                    showCountdown: true
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onOpenCase: (number) => page.openCase(number)
                }
                TodayCaseList {
                    objectName: "myCases"
                    title: page.backend.session.signedIn ? qsTr("My cases (%1)").arg(page.backend.session.officerName) : qsTr("My cases")
                    empty: qsTr("You have not received or acted on a case yet.")
                    model: today.myCases
                    backend: page.backend
                    showCountdown: false
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onOpenCase: (number) => page.openCase(number)
                }
            }
        }
    }
}
