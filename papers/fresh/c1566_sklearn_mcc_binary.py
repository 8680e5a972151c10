from h import *
tp,tn,fp,fn=12.0,30.0,5.0,3.0
run('c1566_sklearn_mcc_binary', {'tp':tp,'tn':tn,'fp':fp,'fn':fn}, (tp*tn-fp*fn)/np.sqrt((tp+fp)*(tp+fn)*(tn+fp)*(tn+fn)), fn='MCC')
