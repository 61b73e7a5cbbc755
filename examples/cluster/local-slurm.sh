#!/usr/bin/env bash
# A throwaway single-node Slurm on this machine, for trying the job-array script and for the test
# (test/batch/slurm.test.ts): writes slurm.conf for this host into DIR, starts munged with its own
# key and socket, slurmctld and slurmd, waits until the node is idle; `stop DIR` stops all three.
# Needs root (slurmd runs jobs as their user) and Debian's packages: apt-get install slurm-wlm munge.
#
#   examples/cluster/local-slurm.sh start /tmp/slurm   # then: export SLURM_CONF=/tmp/slurm/slurm.conf
#   examples/cluster/local-slurm.sh stop /tmp/slurm
set -euo pipefail

cmd=${1:?usage: local-slurm.sh start|stop DIR}
dir=${2:?usage: local-slurm.sh start|stop DIR}
# Ports other than Slurm's defaults (6817, 6818), so that a real installation on the host is not hit.
ctld_port=${KIEZ_SLURMCTLD_PORT:-16817}
slurmd_port=${KIEZ_SLURMD_PORT:-16818}

stop_pid() {
  local file=$1
  [[ -f $file ]] || return 0
  local pid
  pid=$(cat "$file")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$file"
}

if [[ $cmd == stop ]]; then
  stop_pid "$dir/slurmd.pid"
  stop_pid "$dir/slurmctld.pid"
  stop_pid "$dir/munged.pid"
  exit 0
fi
[[ $cmd == start ]] || { echo "local-slurm.sh: unknown command $cmd (start or stop)" >&2; exit 2; }

mkdir -p "$dir/state" "$dir/spool" "$dir/munge"
dir=$(cd "$dir" && pwd)
node=$(hostname -s)
cpus=$(nproc)

# munge: a fresh key, its own socket, state and log in DIR (nothing of /etc/munge is used).
chmod 700 "$dir/munge"
dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$dir/munge/munge.key"
munged --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.sock" \
  --pid-file="$dir/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munge.seed"

cat >"$dir/slurm.conf" <<CONF
# Written by examples/cluster/local-slurm.sh: one node, this host, everything under $dir.
ClusterName=kiez-local
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.sock
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/builtin
# Schedule every 2 s (default 60 s), so that a job waiting on a dependency starts soon after it is met.
SchedulerParameters=sched_interval=2
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=30
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=local Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$dir/slurm.conf

slurmctld -f "$SLURM_CONF" -i
slurmd -f "$SLURM_CONF"

# Ready when the node reports idle (slurmd registered with slurmctld).
for _ in $(seq 150); do
  state=$(sinfo -h -N -o '%T' 2>/dev/null | head -1 || true)
  if [[ $state == idle ]]; then
    echo "local-slurm: node $node idle ($cpus CPUs); export SLURM_CONF=$SLURM_CONF"
    exit 0
  fi
  sleep 0.2
done
echo "local-slurm: the node did not become idle in 30 s (state: ${state:-none}); logs in $dir" >&2
exit 1
