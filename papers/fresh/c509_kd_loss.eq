% Distilling the knowledge in a neural network, Hinton et al. (2015), Sec. 2: the soft-target cross-entropy
% at temperature T, scaled by T^2 (Sec. 2.1); v the teacher's and z the student's logits over K classes (prose)
z, v \in \mathbb{R}^{K}, T \in \mathbb{R}

p_i = \frac{\exp(v_i/T)}{\sum_j \exp(v_j/T)}
q_i = \frac{\exp(z_i/T)}{\sum_j \exp(z_j/T)}
C = -T^2 \sum_i p_i \log q_i
