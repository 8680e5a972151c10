% Agarwal, Jiang, Kakade & Sun, Reinforcement Learning: Theory and Algorithms (2022 draft), Sec. 11.? (the softmax
% policy class), from memory of the printing: theta in R^{|S||A|}, the sum over a' with no range written
\theta \in \mathbb{R}^{S \times A}

\pi_\theta(a|s) = \frac{\exp(\theta_{s,a})}{\sum_{a'} \exp(\theta_{s,a'})}
