from h import *
rng=np.random.default_rng(762); m,n=4,5; I=rng.uniform(size=(m,n)); K=I+0.05*rng.normal(size=(m,n))
mse=((I-K)**2).mean()
run('c762_psnr', {'I':I,'K':K,'MAX_I':1.0}, np.array(10*np.log10(1/mse)), fn='PSNR')
