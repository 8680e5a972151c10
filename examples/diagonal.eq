% A repeated index in one subscript reads the diagonal (a trace is \sum_i A_{ii}),
% in sums and in element-wise definitions alike.
A \in \mathbb{R}^{n \times n}, x \in \mathbb{R}^{n}

% the trace
t = \sum_i A_{ii}

% the diagonal as a vector
d_i = A_{ii}

% each row shifted by its diagonal entry times x
B_{ij} = A_{ij} - A_{ii} x_j
