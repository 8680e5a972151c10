from h import *
Tn=6; ab=np.cumprod(1-np.linspace(0.05,0.3,Tn)); al,sg=np.sqrt(ab),np.sqrt(1-ab); g=5.0
run('c244_min_snr', {r'\alpha':al,r'\sigma':sg,r'\gamma':g}, np.minimum(al**2/sg**2,g), fn='w_t')
