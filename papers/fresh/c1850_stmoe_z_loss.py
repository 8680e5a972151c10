from h import *
rng=np.random.default_rng(1850); x=rng.normal(size=(4,5))
run('c1850_stmoe_z_loss', {'x':x}, np.mean(torch.logsumexp(T(x),1).numpy()**2), fn='L_z')
