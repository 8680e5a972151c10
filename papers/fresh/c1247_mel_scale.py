from h import *
rng=np.random.default_rng(1247); n=6; f=rng.uniform(20,8000,n)
run('c1247_mel_scale', {'f':f}, 2595*np.log10(1+f/700), fn='m')
