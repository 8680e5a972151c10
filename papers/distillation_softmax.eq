% Distilling the knowledge in a neural network, Hinton, Vinyals & Dean (2015), Eq. 1: softmax at
% temperature T
z \in \mathbb{R}^{n}, T \in \mathbb{R}

q_i = \frac{\exp(z_i/T)}{\sum_j \exp(z_j/T)}
