from h import *
rng=np.random.default_rng(256); n,K=4,5; z=rng.normal(size=(n,K))*2; Tt=1.7
run('c256_temp_scaling', {r'\mathbf{z}':z,'T':Tt}, torch.softmax(T(z)/Tt,1).max(1).values.numpy())
