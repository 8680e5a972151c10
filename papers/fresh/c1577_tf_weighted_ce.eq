% TensorFlow API docs, tf.nn.weighted_cross_entropy_with_logits (docstring) as printed (from memory of the
% printing): "Setting l = (1 + (q - 1) * z), to ensure stability and avoid overflow, the implementation uses
% (1 - z) * x + l * (log(1 + exp(-abs(x))) + max(-x, 0))"; x the logits, z the labels, q the pos_weight (prose).
% The left-hand side `loss` is the user's (the docstring gives the expression alone).
x, z \in \mathbb{R}^{n}, q \in \mathbb{R}

l = (1 + (q - 1) * z)
loss = (1 - z) * x + l * (log(1 + exp(-abs(x))) + max(-x, 0))
