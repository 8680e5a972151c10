% Distilling the knowledge in a neural network, Hinton, Vinyals & Dean (2015), Sec. 2: softened class
% probabilities q_i from the logits z_i at temperature T; z the logits of one example over K classes (prose)
z \in \mathbb{R}^{K}, T \in \mathbb{R}

q_i = \frac{\exp(z_i/T)}{\sum_j \exp(z_j/T)}
