% A generated expression (a 101-layer network unrolled into one line) nests brackets past
% the limit of 100 that keeps every pass far from stack limits.
x \in \mathbb{R}^{d}
y = \tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(\tanh(x)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
% ~ERROR E0003
