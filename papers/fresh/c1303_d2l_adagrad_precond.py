from h import *
rng=np.random.default_rng(1303); d=3; A=rng.normal(size=(d,d)); Q=A@A.T+np.eye(d); D=np.diag(np.diag(Q)**-0.5)
run('c1303_d2l_adagrad_precond', {'\\mathbf{Q}':Q}, D@Q@D, fn='\\tilde{\\mathbf{Q}}')
