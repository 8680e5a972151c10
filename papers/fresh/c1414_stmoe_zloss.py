from h import *
rng=np.random.default_rng(1414); B,N=5,4
x=rng.normal(size=(B,N))
run('c1414_stmoe_zloss', {'x':x}, np.mean(torch.logsumexp(T(x),1).numpy()**2), fn='L_z')
