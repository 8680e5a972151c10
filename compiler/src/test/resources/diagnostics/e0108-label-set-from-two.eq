% Class labels count from 0 or 1: a set starting at 2 is no label set eqc reads.
y \in \{2, \dots, K\}^N
% ~ERROR E0108
