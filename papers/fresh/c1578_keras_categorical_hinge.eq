% Keras API docs, keras.losses.CategoricalHinge (docstring) as printed (from memory of the printing): "loss =
% maximum(neg - pos + 1, 0) where neg=maximum((1-y_true)*y_pred) and pos=sum(y_true*y_pred)"; y_true the one-hot
% target and y_pred the scores of one sample over C classes (prose)
y_true, y_pred \in \mathbb{R}^{C}

neg=maximum((1-y_true)*y_pred)
pos=sum(y_true*y_pred)
loss = maximum(neg - pos + 1, 0)
