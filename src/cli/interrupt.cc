// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/interrupt.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace artext::cli {
namespace {

volatile std::sig_atomic_t g_signal = 0;
// The self-pipe: the handler writes a byte to [1], so that a thread blocked
// reading stdin (polling [0] beside it) wakes up whichever thread the
// signal was delivered to.
int g_wake[2] = {-1, -1};

extern "C" void OnSignal(int signal) {
  g_signal = signal;
  if (g_wake[1] >= 0) {
    const int saved = errno;
    [[maybe_unused]] ssize_t n = write(g_wake[1], "", 1);
    errno = saved;
  }
}

}  // namespace

void InstallInterruptHandlers() {
  if (g_wake[0] < 0 && pipe2(g_wake, O_CLOEXEC | O_NONBLOCK) != 0) {
    g_wake[0] = g_wake[1] = -1;  // then a blocked read is not woken
  }
  struct sigaction action = {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND | SA_RESTART;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int InterruptSignal() { return g_signal; }

int InterruptWakeFd() { return g_wake[0]; }

}  // namespace artext::cli
