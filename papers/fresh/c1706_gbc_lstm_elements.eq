% Goodfellow, Bengio & Courville, Deep Learning, Section 10.10.1, Eqs. 10.40-10.44 (the LSTM cell written element by
% element, gates labelled by superscripts f, g, o), as printed; one time step with x^{(t)}, h^{(t-1)}, s^{(t-1)} given
x^{(t)} \in \mathbb{R}^{n}, h^{(t-1)} \in \mathbb{R}^{d}, s^{(t-1)} \in \mathbb{R}^{d}, U^f \in \mathbb{R}^{d \times n}, W^f \in \mathbb{R}^{d \times d}, b^f \in \mathbb{R}^{d}, U^g \in \mathbb{R}^{d \times n}, W^g \in \mathbb{R}^{d \times d}, b^g \in \mathbb{R}^{d}, U^o \in \mathbb{R}^{d \times n}, W^o \in \mathbb{R}^{d \times d}, b^o \in \mathbb{R}^{d}, U \in \mathbb{R}^{d \times n}, W \in \mathbb{R}^{d \times d}, b \in \mathbb{R}^{d}

f_i^{(t)} = \sigma\left( b_i^f + \sum_j U_{i,j}^f x_j^{(t)} + \sum_j W_{i,j}^f h_j^{(t-1)} \right)
s_i^{(t)} = f_i^{(t)} s_i^{(t-1)} + g_i^{(t)} \sigma\left( b_i + \sum_j U_{i,j} x_j^{(t)} + \sum_j W_{i,j} h_j^{(t-1)} \right)
g_i^{(t)} = \sigma\left( b_i^g + \sum_j U_{i,j}^g x_j^{(t)} + \sum_j W_{i,j}^g h_j^{(t-1)} \right)
h_i^{(t)} = \tanh\left( s_i^{(t)} \right) q_i^{(t)}
q_i^{(t)} = \sigma\left( b_i^o + \sum_j U_{i,j}^o x_j^{(t)} + \sum_j W_{i,j}^o h_j^{(t-1)} \right)
