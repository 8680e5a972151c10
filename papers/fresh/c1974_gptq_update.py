from h import *
rng=np.random.default_rng(1974); d=5; w=rng.normal(size=d); X=rng.normal(size=(d,8)); Hi=np.linalg.inv(2*X@X.T+np.eye(d)); q=2; qw=np.round(w[q]*4)/4
run('c1974_gptq_update', {r'\mathbf{w}':w, r'\mathbf{H}_F^{-1}':Hi, r'\operatorname{quant}(w_q)':qw, 'q':q}, -(w[q]-qw)/Hi[q,q]*Hi[:,q], fn=r'\boldsymbol{\delta}_F')
