% Mean Teacher, Tarvainen & Valpola (2017), Sec. 2 as printed (from memory of the printing): the teacher weights are
% an exponential moving average of the student weights theta_t over T training steps (one row each, prose), with the
% smoothing coefficient alpha; the teacher starts from \theta'_0 (given)
\theta \in \mathbb{R}^{T \times p}, \theta'_0 \in \mathbb{R}^{p}, \alpha \in \mathbb{R}

\theta'_t = \alpha \theta'_{t-1} + (1 - \alpha) \theta_t
