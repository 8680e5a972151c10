% "Attention is off by one" (Miller, 2023) / attention sinks (Xiao et al., 2023): softmax_1 adds one to the
% denominator, an implicit sink logit at 0
x \in \mathbb{R}^{n}

(\text{softmax}_1(x))_i = \frac{\exp(x_i)}{1 + \sum_j \exp(x_j)}
