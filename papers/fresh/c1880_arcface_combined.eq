% ArcFace, Deng et al. (2019), Eq. 4 (the combined margin framework, cos(m1 theta + m2) - m3), from memory of the
% printing: N samples, n classes; theta_j the angle between the feature of sample i and the weight of class j
% (prose), y_i the label of sample i, s the scale; declarations added (theta as the N x n matrix of angles)
\theta \in \mathbb{R}^{N \times n}, y \in \{1, \dots, n\}^{N}, s = 8, m_1 = 1, m_2 = 0.3, m_3 = 0.2

L_4 = -\frac{1}{N}\sum_{i=1}^{N}\log\frac{e^{s(\cos(m_1\theta_{y_i}+m_2)-m_3)}}{e^{s(\cos(m_1\theta_{y_i}+m_2)-m_3)}+\sum_{j=1,j\neq y_i}^{n}e^{s\cos\theta_j}}
