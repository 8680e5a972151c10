% Retrace, Munos et al. (2016), Eq. 3: the correction at step t from the TD errors delta_s of the later steps
% (the bracket of Eq. 3, given) and the traces c_i, over a trajectory of T steps
\delta, c \in \mathbb{R}^{T}, \gamma \in \mathbb{R}

\Delta Q_t = \sum_{s \ge t} \gamma^{s-t} \left(\prod_{i=t+1}^{s} c_i\right) \delta_s
